import { afterEach, mock, test } from 'node:test';
import assert from 'node:assert/strict';
import { whenIdle } from '../../src/lib/dropdown/whenIdle.js';

afterEach(() => {
    mock.timers.reset();
    delete globalThis.requestIdleCallback;
    delete globalThis.cancelIdleCallback;
});

test('without requestIdleCallback, the work runs after a timeout, once', () => {
    assert.equal(typeof globalThis.requestIdleCallback, 'undefined');
    mock.timers.enable({ apis: ['setTimeout'] });
    let runs = 0;
    whenIdle(() => runs++);
    assert.equal(runs, 0);
    mock.timers.tick(1000);
    assert.equal(runs, 1);
    mock.timers.tick(10000);
    assert.equal(runs, 1);
});

test('without requestIdleCallback, cancelling before the timeout stops the work', () => {
    mock.timers.enable({ apis: ['setTimeout'] });
    let runs = 0;
    const cancel = whenIdle(() => runs++);
    cancel();
    mock.timers.tick(10000);
    assert.equal(runs, 0);
});

test('with requestIdleCallback, the work waits for it and cancels through it', () => {
    const pending = new Map();
    let next = 1;
    globalThis.requestIdleCallback = (callback) => {
        pending.set(next, callback);
        return next++;
    };
    globalThis.cancelIdleCallback = (handle) => pending.delete(handle);
    let runs = 0;
    whenIdle(() => runs++);
    const cancel = whenIdle(() => runs++);
    cancel();
    assert.equal(pending.size, 1);
    for (const callback of pending.values()) {
        callback({ timeRemaining: () => 10 });
    }
    assert.equal(runs, 1);
});
