import zlib from 'node:zlib';
import { MiddlewareFactory } from '@backstage/backend-defaults/rootHttpRouter';
import { mockServices } from '@backstage/backend-test-utils';
import express from 'express';
import request from 'supertest';
import { AnswerCache, sendSharedJson } from './sharedJson';

describe('shared answers', () => {
  it('computes an answer once per owner and key, keeping the most recent keys', () => {
    const cache = new AnswerCache<object, string>(2);
    const owner = {};
    const compute = jest.fn((key: string) => `answer to ${key}`);
    const ask = (key: string) => cache.get(owner, key, () => compute(key));
    expect(ask('a')).toBe('answer to a');
    expect(ask('b')).toBe('answer to b');
    expect(ask('a')).toBe('answer to a'); // a is now the most recent
    expect(ask('c')).toBe('answer to c'); // evicts b
    expect(compute.mock.calls.map(([key]) => key)).toEqual(['a', 'b', 'c']);
    ask('a');
    ask('b');
    expect(compute.mock.calls.map(([key]) => key)).toEqual(['a', 'b', 'c', 'b']);
    // Another owner (a newer snapshot's model) computes its own answers.
    expect(cache.get({}, 'a', () => 'new answer')).toBe('new answer');
  });

  it('sends a shared answer as JSON, serialized once', async () => {
    const answer = { items: [1, 2], title: 'coverage' };
    const app = express().get('/', (_request, response) => sendSharedJson(response, answer));
    const stringify = jest.spyOn(JSON, 'stringify');
    for (let i = 0; i < 2; i++) {
      const response = await request(app).get('/');
      expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(response.body).toEqual(answer);
    }
    expect(stringify.mock.calls.filter(([value]) => value === answer)).toHaveLength(1);
    stringify.mockRestore();
  });

  describe('a large answer', () => {
    const answer = {
      items: Array.from({ length: 200 }, (_, i) => ({ name: `alert-${i}`, severity: 'critical' })),
    };
    // As the backend's root router does: every response compressed unless already encoded.
    const app = express()
      .use(
        MiddlewareFactory.create({
          config: mockServices.rootConfig(),
          logger: mockServices.logger.mock(),
        }).compression(),
      )
      .get('/', (_request, response) => sendSharedJson(response, answer));

    it('is sent gzipped, once compressed, to a client that accepts gzip', async () => {
      const gzip = jest.spyOn(zlib, 'gzipSync');
      for (let i = 0; i < 2; i++) {
        const response = await request(app).get('/').set('Accept-Encoding', 'gzip');
        expect(response.headers['content-encoding']).toBe('gzip');
        expect(response.headers.vary).toContain('Accept-Encoding');
        expect(response.body).toEqual(answer);
      }
      expect(gzip).toHaveBeenCalledTimes(1);
      gzip.mockRestore();
    });

    it('is sent as it is to a client that does not', async () => {
      const response = await request(app).get('/').set('Accept-Encoding', 'identity');
      expect(response.headers['content-encoding']).toBeUndefined();
      expect(JSON.parse(response.text)).toEqual(answer);
    });

    it('is not sent again to a client that has it', async () => {
      const first = await request(app).get('/');
      expect(first.headers.etag).toMatch(/^W\/"/);
      const again = await request(app).get('/').set('If-None-Match', first.headers.etag);
      expect(again.status).toBe(304);
      expect(again.text).toBe('');
    });
  });
});
