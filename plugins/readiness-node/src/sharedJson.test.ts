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
});
