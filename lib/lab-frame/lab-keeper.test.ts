import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LabKeeper, type KeepableLab } from './lab-keeper';

class FakeLab implements KeepableLab {
  disposed = false;
  constructor(public status: string) {}
  dispose(): void {
    this.disposed = true;
    this.status = 'disposed';
  }
}

describe('LabKeeper', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('hands a ready lab to the next page that asks for the same dataset', () => {
    const keeper = new LabKeeper<FakeLab>();
    const lab = new FakeLab('ready');
    keeper.keep('bookstore|', lab);
    expect(keeper.take('bookstore|')).toBe(lab);
    expect(lab.disposed).toBe(false);
    expect(keeper.take('bookstore|')).toBeNull(); // handed over once
  });

  it('keeps a lab that is still booting, so the next page waits for the same boot', () => {
    const keeper = new LabKeeper<FakeLab>();
    const lab = new FakeLab('booting');
    keeper.keep('bookstore|', lab);
    expect(keeper.take('bookstore|')).toBe(lab);
  });

  it('closes a kept lab when the next page needs another dataset or work app', () => {
    const keeper = new LabKeeper<FakeLab>();
    const lab = new FakeLab('ready');
    keeper.keep('bookstore|', lab);
    expect(keeper.take('bookstore|{"label":"lab"}')).toBeNull();
    expect(lab.disposed).toBe(true);
  });

  it('closes a running or failed lab instead of keeping it', () => {
    const keeper = new LabKeeper<FakeLab>();
    const running = new FakeLab('running');
    const failed = new FakeLab('failed');
    keeper.keep('bookstore|', running);
    keeper.keep('bookstore|', failed);
    expect(running.disposed).toBe(true);
    expect(failed.disposed).toBe(true);
    expect(keeper.take('bookstore|')).toBeNull();
  });

  it('keeps one lab: keeping another closes the first', () => {
    const keeper = new LabKeeper<FakeLab>();
    const first = new FakeLab('ready');
    const second = new FakeLab('ready');
    keeper.keep('a|', first);
    keeper.keep('b|', second);
    expect(first.disposed).toBe(true);
    expect(keeper.take('b|')).toBe(second);
  });

  it('closes a lab nobody took after the keep time, freeing its memory', () => {
    const keeper = new LabKeeper<FakeLab>(60_000);
    const lab = new FakeLab('ready');
    keeper.keep('bookstore|', lab);
    vi.advanceTimersByTime(59_999);
    expect(lab.disposed).toBe(false);
    vi.advanceTimersByTime(1);
    expect(lab.disposed).toBe(true);
    expect(keeper.take('bookstore|')).toBeNull();
  });

  it('does not hand over a kept lab that failed while it waited', () => {
    const keeper = new LabKeeper<FakeLab>();
    const lab = new FakeLab('booting');
    keeper.keep('bookstore|', lab);
    lab.status = 'failed';
    expect(keeper.take('bookstore|')).toBeNull();
    expect(lab.disposed).toBe(true);
  });
});
