import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Response } from 'express';

/** An answer's JSON, its tag, and its gzip once a client asked for it. */
interface EncodedAnswer {
  json: Buffer;
  etag: string;
  gzip?: Buffer;
}

const encoded = new WeakMap<object, EncodedAnswer>();

/** Below this, compressing saves too little to be worth it (the compression middleware's default). */
const GZIP_THRESHOLD_BYTES = 1024;

/**
 * Sends an answer computed once and shared by requests (per snapshot, day or query key) as JSON,
 * serialized, tagged and gzipped once too: for large answers such as coverage or who is on call,
 * serializing and compressing per request (the backend compresses every response) cost more than
 * everything else the request does. Answers `304 Not Modified` to a client that has it already.
 * The answer must not change afterwards.
 *
 * @public
 */
export function sendSharedJson(response: Response, answer: object): void {
  let body = encoded.get(answer);
  if (!body) {
    const json = Buffer.from(JSON.stringify(answer));
    body = {
      json,
      etag: `W/"${createHash('sha1').update(json).digest('base64url')}"`,
    };
    encoded.set(answer, body);
  }
  response.type('json').vary('Accept-Encoding').set('ETag', body.etag);
  if (
    body.json.length >= GZIP_THRESHOLD_BYTES &&
    response.req.acceptsEncodings('gzip') === 'gzip'
  ) {
    body.gzip ??= gzipSync(body.json);
    // Already encoded: the compression middleware leaves it as it is.
    response.set('Content-Encoding', 'gzip').send(body.gzip);
    return;
  }
  response.send(body.json);
}

/**
 * A per-owner cache of answers by a normalized key, for answers computed from data that lives as
 * long as the owner (a snapshot's model). Keeps the most recent `size` keys of each owner.
 *
 * @public
 */
export class AnswerCache<Owner extends object, Answer> {
  private readonly byOwner = new WeakMap<Owner, Map<string, Answer>>();

  constructor(private readonly size = 100) {}

  get(owner: Owner, key: string, compute: () => Answer): Answer {
    let answers = this.byOwner.get(owner);
    if (!answers) {
      answers = new Map();
      this.byOwner.set(owner, answers);
    }
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = compute();
      if (answers.size >= this.size) {
        answers.delete(answers.keys().next().value!);
      }
    } else {
      answers.delete(key); // re-inserted below as the most recently used
    }
    answers.set(key, answer);
    return answer;
  }
}
