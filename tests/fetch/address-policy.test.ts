import { describe, expect, it } from 'vitest';
import { ThreadmapError } from '../../src/errors.js';
import { addressRefusal, checkUrl, hostNameRefusal, type UrlPolicy } from '../../src/fetch/address-policy.js';

const DEFAULT_POLICY: UrlPolicy = { allowedPorts: [80, 443], allowHosts: [] };

function refusalOf(url: string, policy = DEFAULT_POLICY): string | null {
  try {
    checkUrl(new URL(url), policy);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(ThreadmapError);
    expect((error as ThreadmapError).code).toBe('refused-url');
    return (error as ThreadmapError).message;
  }
}

describe('addressRefusal: only public unicast addresses pass', () => {
  it.each([
    ['127.0.0.1', 'loopback'], ['127.255.255.254', 'loopback'], ['0x7f.1', 'loopback'],
    ['2130706433', 'loopback'], ['017700000001', 'loopback'], ['0177.0.0.1', 'loopback'], ['127.1', 'loopback'],
    ['10.1.2.3', 'private'], ['172.16.0.1', 'private'], ['172.31.255.255', 'private'], ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'], ['100.64.0.1', 'carrier-grade NAT'], ['100.100.100.200', 'carrier-grade NAT'],
    ['0.0.0.0', 'unspecified'], ['0', 'unspecified'], ['255.255.255.255', 'broadcast'], ['224.0.0.1', 'multicast'],
    ['240.0.0.1', 'reserved'], ['192.0.2.10', 'reserved'], ['198.18.0.1', 'reserved'], ['192.0.0.192', 'reserved'],
    ['168.63.129.16', 'metadata'],
    ['::1', 'loopback'], ['[::1]', 'loopback'], ['::', 'unspecified'], ['fe80::1', 'link-local'],
    ['fc00::1', 'unique-local'], ['fd00:ec2::254', 'unique-local'], ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'], ['::ffff:7f00:1', 'loopback'], ['[::ffff:a9fe:a9fe]', 'link-local'],
    ['::ffff:10.0.0.1', 'private'], ['::7f00:1', 'outside global unicast'], ['::127.0.0.1', 'loopback'],
    ['64:ff9b::7f00:1', 'NAT64'], ['2002:7f00:1::', '6to4'], ['2001::1', 'Teredo'], ['2001:db8::1', 'reserved'],
  ])('%s is refused as %s', (address, reason) => {
    expect(addressRefusal(address)).toContain(reason);
  });

  it.each(['93.184.216.34', '1.1.1.1', '8.8.8.8', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111', '::ffff:1.1.1.1'])(
    '%s is public', (address) => {
      expect(addressRefusal(address)).toBeNull();
    });
});

describe('hostNameRefusal', () => {
  it.each([
    ['localhost', 'localhost'], ['LOCALHOST.', 'localhost'], ['api.localhost', 'localhost'],
    ['metadata.google.internal', '.internal'], ['printer.local', '.local'], ['nas.home.arpa', '.home.arpa'],
    ['metadata', 'single-label'], ['intranet', 'single-label'],
  ])('%s is refused (%s)', (name, reason) => {
    expect(hostNameRefusal(name)).toContain(reason);
  });

  it('lets ordinary public names through to the DNS check', () => {
    expect(hostNameRefusal('news.ycombinator.com')).toBeNull();
    expect(hostNameRefusal('www.lesswrong.com.')).toBeNull();
  });
});

describe('checkUrl: every spelling of a private host is refused', () => {
  it.each([
    'http://127.0.0.1/', 'http://2130706433/', 'http://0x7f.1/', 'http://0x7f000001/', 'http://0177.0.0.1/',
    'http://017700000001/', 'http://127.1/', 'http://%31%32%37.0.0.1/', 'http://１２７.０.０.１/',
    'http://[::1]/', 'http://[::ffff:7f00:1]/', 'http://[::ffff:127.0.0.1]/', 'http://[0:0:0:0:0:ffff:7f00:1]/',
    'http://0.0.0.0/', 'http://0/', 'http://[::]/', 'http://169.254.169.254/latest/meta-data/',
    'http://[::ffff:169.254.169.254]/', 'http://metadata.google.internal/computeMetadata/v1/',
    'http://localhost/', 'http://LocalHost./', 'https://user:pw@10.0.0.1/', 'http://192.168.0.1:443/',
  ])('%s', (url) => {
    expect(refusalOf(url)).toMatch(/^Refused to fetch .+: .+ is .+\.$/);
  });

  it('names the URL and the reason in one sentence', () => {
    expect(refusalOf('http://0x7f.1/admin')).toBe('Refused to fetch http://127.0.0.1/admin: 127.0.0.1 is a loopback address.');
  });

  it('refuses other schemes and ports outside 80 and 443', () => {
    expect(refusalOf('file:///etc/passwd')).toBe('Refused to fetch file:///etc/passwd: only http and https URLs can be fetched, not file.');
    expect(refusalOf('ftp://example.com/x')).toContain('only http and https');
    expect(refusalOf('http://example.com:8080/')).toBe('Refused to fetch http://example.com:8080/: port 8080 is not allowed (only 80 and 443).');
    expect(refusalOf('https://example.com:22/')).toContain('port 22 is not allowed');
  });

  it('accepts public URLs on the default ports', () => {
    expect(refusalOf('https://www.lesswrong.com/posts/abc')).toBeNull();
    expect(refusalOf('http://93.184.216.34:80/')).toBeNull();
    expect(refusalOf('https://[2606:4700:4700::1111]/')).toBeNull();
  });

  it('exempts only what the allow-list names, by host or by host:port', () => {
    expect(refusalOf('http://127.0.0.1:3456/', { allowedPorts: [80, 443], allowHosts: ['127.0.0.1'] })).toBeNull();
    expect(refusalOf('http://127.0.0.1:3456/', { allowedPorts: [80, 443], allowHosts: ['127.0.0.1:3456'] })).toBeNull();
    expect(refusalOf('http://127.0.0.1:3457/', { allowedPorts: [80, 443], allowHosts: ['127.0.0.1:3456'] })).toContain('port 3457');
    expect(refusalOf('http://127.0.0.2/', { allowedPorts: [80, 443], allowHosts: ['127.0.0.1'] })).toContain('loopback');
  });
});
