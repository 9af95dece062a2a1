// GET /api/maps/ID/events: the map's progress as server-sent events. The first event is the current
// state, so a client that connects late (or reconnects) is never behind; the stream ends with `done`
// or `failed`. Event names avoid "error", which EventSource also fires for a dropped connection.
import type { Request, Response } from 'express';
import type { MapRecord } from '../store/maps.js';
import type { AnalysisService, MapEvent } from './analyses.js';
import { statusBody } from './map-status.js';

const HEARTBEAT_MS = 15_000;

function eventName(record: MapRecord): MapEvent['type'] {
  return record.status === 'working' ? 'progress' : record.status;
}

export function streamMapEvents(req: Request, res: Response, record: MapRecord, analyses: AnalysisService): void {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache, no-transform',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no', // tell a proxy in front not to buffer the stream
  });
  const send = (type: MapEvent['type'], current: MapRecord) => {
    res.write(`event: ${type}\ndata: ${JSON.stringify(statusBody(current))}\n\n`);
  };
  send(eventName(record), record);
  if (record.status !== 'working') {
    res.end();
    return;
  }
  const heartbeat = setInterval(() => res.write(': still working\n\n'), HEARTBEAT_MS);
  const stop = () => {
    clearInterval(heartbeat);
    unsubscribe();
  };
  const unsubscribe = analyses.subscribe(record.id, (event) => {
    send(event.type, event.record);
    if (event.type !== 'progress') {
      stop();
      res.end();
    }
  });
  req.on('close', stop);
}
