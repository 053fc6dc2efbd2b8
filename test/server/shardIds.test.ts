import { describe, expect, test } from 'vitest';
import { nginxConf } from '../../deploy/nginxConf';
import { idOfRequest } from '../../server/shard/ownerGuard';
import { idInShard, parseShardLayout, shardOfId, standInOrder } from '../../shared/shard';

describe('the shard in a match id (shared/shard.ts)', () => {
  test('an id made in a shard reads back as that shard; ids without the prefix, with leading zeros or out of range are shard 0', () => {
    for (const shard of [0, 1, 2, 9, 10, 99]) expect(shardOfId(idInShard(shard, 'V1StGXR8_Z5jdHi6B-myT'), 100)).toBe(shard);
    expect(shardOfId('s2-abc', 3)).toBe(2);
    expect(shardOfId('s3-abc', 3)).toBe(0);
    expect(shardOfId('s01-abc', 3)).toBe(0);
    expect(shardOfId('V1StGXR8_Z5jdHi6B-myT', 3)).toBe(0);
    expect(shardOfId('9b2e5c1e-1111-4222-8333-944455556666', 3)).toBe(0);
    expect(() => idInShard(100, 'x')).toThrow(/no such shard/);
  });

  test('SHARDS and SHARD_ID: unset is one process; a bad pair is refused with a sentence', () => {
    expect(parseShardLayout(undefined, undefined)).toEqual({ shards: 0, home: 0 });
    expect(parseShardLayout('3', '2')).toEqual({ shards: 3, home: 2 });
    expect(parseShardLayout('3', '3')).toMatch(/SHARD_ID must be/);
    expect(parseShardLayout('3', undefined)).toMatch(/SHARD_ID must be/);
    expect(parseShardLayout('zero', '0')).toMatch(/SHARDS must be/);
  });

  test('a shard is stood in for round the ring, its home process first', () => {
    expect(standInOrder(0, 3)).toEqual([0, 1, 2]);
    expect(standInOrder(2, 3)).toEqual([2, 0, 1]);
  });

  test('the id a request names: the socket handshake query, or the path (not the words that stand where ids do)', () => {
    expect(idOfRequest('/socket.io/?EIO=4&transport=websocket&matchID=s1-abc')).toBe('s1-abc');
    expect(idOfRequest('/games/peninsula/s2-abc/join')).toBe('s2-abc');
    expect(idOfRequest('/api/matches/s0-abc/press/ticket')).toBe('s0-abc');
    expect(idOfRequest('/api/class/s1-0c8e/stream')).toBe('s1-0c8e');
    // Broken percent-encoding names nothing here (it threw, in a listener outside Koa: the request was never answered); the input guard refuses it.
    expect(idOfRequest('/api/matches/%E0%A4%A/press')).toBeNull();
    expect(idOfRequest('/games/peninsula/%/join')).toBeNull();
    for (const nothing of [
      '/games/peninsula/create',
      '/api/class/join',
      '/api/class/me/stream',
      '/api/class/projector/ACEFGH',
      '/assets/x.js',
      '/socket.io/?EIO=4',
    ])
      expect(idOfRequest(nothing)).toBeNull();
  });

  test("the proxy's map uses the same prefix, and lists each shard's processes in stand-in order", () => {
    const conf = nginxConf({ ports: [8001, 8002, 8003], listen: '127.0.0.1:8000', prefix: '/tmp/x' });
    const pattern = /"~\^(s\(\?<shard>[^"]+)"/.exec(conf)?.[1];
    const regex = new RegExp(`^${pattern!.replace('?<shard>', '')}`);
    for (const id of ['s0-a', 's2-b', 's01-c', 'abc', 's100-d']) expect(regex.test(id)).toBe(/^s(0|[1-9][0-9]?)-/.test(id));
    const upstream = /upstream peninsula_shard_2 \{([^}]*)\}/.exec(conf)?.[1] ?? '';
    expect([...upstream.matchAll(/:(\d+)( backup)?/g)].map((m) => `${m[1]}${m[2] ?? ''}`)).toEqual(['8003', '8001 backup', '8002 backup']);
  });
});
