import type { Response } from 'express';

const serialized = new WeakMap<object, string>();

/**
 * The JSON of a value computed once and shared by requests (per snapshot, day or query key),
 * serialized once too: for large answers such as coverage or who is on call, serializing costs
 * more than everything else the request does. The value must not change afterwards.
 */
export function serializedOnce(answer: object): string {
  let text = serialized.get(answer);
  if (text === undefined) {
    text = JSON.stringify(answer);
    serialized.set(answer, text);
  }
  return text;
}

/** Sends a shared answer as JSON (see {@link serializedOnce}). */
export function sendSharedJson(response: Response, answer: object): void {
  response.type('json').send(serializedOnce(answer));
}

/**
 * A per-owner cache of answers by a normalized key, for answers computed from data that lives as
 * long as the owner (a snapshot's model). Keeps the most recent `size` keys of each owner.
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
