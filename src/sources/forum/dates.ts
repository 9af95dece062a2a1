// Dates as forum pages print them → ISO-8601. Forums print local times in words ("Mar 31, 2019 14:11",
// "Mon Jan 15, 2024 10:30 am", "January 15, 2024, 10:30:00 AM", pipermail's "Tue Mar  3 12:00:00 EST 2009").
// A written zone is honoured; without one the time is the forum's local time, so it is written without an
// offset (still ISO-8601) rather than guessed as UTC. Relative dates ("Today, 10:30") give null.
import { isoFromText } from '../util/json.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Zone abbreviations mailing lists and US forums print, in minutes east of UTC. */
const ZONES: Readonly<Record<string, number>> = {
  UTC: 0, GMT: 0, Z: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360,
  PST: -480, PDT: -420, CET: 60, CEST: 120, BST: 60, EET: 120, EEST: 180,
};

const MONTH_DAY = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(?:(\d{1,2}:\d{2}(?::\d{2})?)\s+(?:([A-Z]{1,4})\s+)?)?(\d{4})\b/;
const DAY_MONTH = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/;
/** vBulletin's numeric dates: "2016-02-01, 02:29" (year first) and its US default "01-15-2009, 10:32 PM". */
const YEAR_FIRST = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/;
const MONTH_FIRST_NUMERIC = /\b(\d{1,2})-(\d{1,2})-(\d{4})\b/;
const CLOCK = /\b(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp]\.?[Mm]\.?)?/;
const ZONE_AFTER_CLOCK = /\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:([+-]\d{2}):?(\d{2})|\b([A-Z]{1,4})\b)/;
const ISO_START = /^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?/;

const pad = (n: number) => String(n).padStart(2, '0');

function monthIndex(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3).toLowerCase());
}

/** Minutes east of UTC written after the clock ("+0100", "EST"), or null when none or unknown. */
function writtenZone(text: string): number | null {
  const zone = ZONE_AFTER_CLOCK.exec(text);
  if (!zone) return null;
  if (zone[1] && zone[2]) return (zone[1].startsWith('-') ? -1 : 1) * (Math.abs(Number(zone[1])) * 60 + Number(zone[2]));
  return zone[3] ? ZONES[zone[3]] ?? null : null;
}

function clockOf(text: string): [number, number, number] {
  const clock = CLOCK.exec(text);
  if (!clock) return [0, 0, 0];
  let hours = Number(clock[1]) % 24;
  const meridiem = clock[4]?.toLowerCase().replace(/\./g, '');
  if (meridiem === 'pm' && hours < 12) hours += 12;
  if (meridiem === 'am' && hours === 12) hours = 0;
  return [hours, Number(clock[2]), Number(clock[3] ?? 0)];
}

function calendarDate(text: string): [number, number, number] | null {
  const monthFirst = MONTH_DAY.exec(text);
  if (monthFirst && monthIndex(monthFirst[1]!) >= 0) return [Number(monthFirst[5]), monthIndex(monthFirst[1]!), Number(monthFirst[2])];
  const dayFirst = DAY_MONTH.exec(text);
  if (dayFirst && monthIndex(dayFirst[2]!) >= 0) return [Number(dayFirst[3]), monthIndex(dayFirst[2]!), Number(dayFirst[1])];
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) return [Number(yearFirst[1]), Number(yearFirst[2]) - 1, Number(yearFirst[3])];
  const numeric = MONTH_FIRST_NUMERIC.exec(text);
  return numeric ? [Number(numeric[3]), Number(numeric[1]) - 1, Number(numeric[2])] : null;
}

/** A date in words as a forum or archive printed it → ISO-8601, or null when there is none. */
export function isoFromForumDate(written: string | null | undefined): string | null {
  const text = written?.replace(/\s+/g, ' ').trim();
  if (!text) return null;
  const iso = ISO_START.exec(text);
  // A bare date then ", 02:29" is vBulletin's "Y-m-d, H:i" in the forum's local time, read below.
  const dateThenClock = iso?.[0].trim().length === 10 && text.slice(10).trimStart().startsWith(',');
  if (iso && !dateThenClock) return isoFromText(iso[0].replace(' ', 'T').replace(/\s+/g, ''));
  const date = calendarDate(text);
  if (!date) return null;
  const [year, month, day] = date;
  const [hours, minutes, seconds] = clockOf(text);
  const local = Date.UTC(year, month, day, hours, minutes, seconds);
  if (Number.isNaN(local)) return null;
  const zone = writtenZone(text);
  if (zone !== null) return new Date(local - zone * 60_000).toISOString();
  return `${year}-${pad(month + 1)}-${pad(day)}T${pad(hours)}:${pad(minutes)}:${pad(seconds)}`;
}
