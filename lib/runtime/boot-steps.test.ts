import { describe, expect, it } from 'vitest';
import { describeSteps, stepClock } from './boot-steps';

describe('stepClock', () => {
  it('times each step from the end of the one before, adding up repeated names', () => {
    let t = 100;
    const clock = stepClock(() => t);
    t = 350; clock.lap('Python');
    t = 400; clock.lap('dataset files');
    t = 1000; clock.lap('PostgreSQL');
    t = 1030; clock.lap('Python');
    expect(clock.steps).toEqual({ Python: 280, 'dataset files': 50, PostgreSQL: 600 });
    expect(Object.keys(clock.steps)).toEqual(['Python', 'dataset files', 'PostgreSQL']);
  });
});

describe('describeSteps', () => {
  it('names the steps that took 50 ms or more, in seconds', () => {
    expect(describeSteps({ 'runtime files': 20, Python: 1234, PostgreSQL: 450, Django: 49 })).toBe('Python 1.2 s · PostgreSQL 0.5 s');
  });
});
