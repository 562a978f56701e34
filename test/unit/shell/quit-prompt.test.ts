// The quit prompt's logic: it asks only when Berth's own engine or VM runs and the setting says
// ask; the host's engine is never Berth's to stop; the dialog's answer maps back to a choice.
import { describe, expect, it } from 'vitest';
import {
  QUIT_BUTTONS,
  QUIT_CANCEL_INDEX,
  quitAnswer,
  quitDecision,
  quitLabels,
  type QuitInput,
} from '@shell/pure/quit-prompt';
import type { ProviderState, ProviderStatus } from '@shared/api/providers';

const provider = (state: ProviderState): ProviderStatus => ({
  id: 'qemu',
  state,
  step: null,
  detail: null,
  reason: null,
  endpoint: state === 'running' ? 'unix:///tmp/berth/docker.sock' : null,
  resources: null,
  since: 0,
});

const input = (overrides: Partial<QuitInput>): QuitInput => ({
  choice: 'ask',
  provider: provider('running'),
  owned: true,
  ...overrides,
});

describe('quitDecision', () => {
  it('asks when the setting says ask and Berth’s own engine runs or is starting', () => {
    expect(quitDecision(input({}))).toEqual({ kind: 'ask' });
    expect(quitDecision(input({ provider: provider('starting') }))).toEqual({ kind: 'ask' });
  });

  it('never asks about the host’s engine, and never stops it', () => {
    for (const choice of ['ask', 'stop', 'keep'] as const) {
      expect(quitDecision(input({ choice, owned: false }))).toEqual({ kind: 'quit', stopEngine: false });
    }
  });

  it('does not ask when nothing of Berth’s runs', () => {
    for (const state of ['stopped', 'stopping', 'error'] as const) {
      expect(quitDecision(input({ provider: provider(state) }))).toEqual({ kind: 'quit', stopEngine: false });
    }
    expect(quitDecision(input({ provider: null }))).toEqual({ kind: 'quit', stopEngine: false });
  });

  it('follows a saved stop or keep without asking', () => {
    expect(quitDecision(input({ choice: 'stop' }))).toEqual({ kind: 'quit', stopEngine: true });
    expect(quitDecision(input({ choice: 'keep' }))).toEqual({ kind: 'quit', stopEngine: false });
  });
});

describe('quitAnswer', () => {
  it('maps the buttons in their order, and remembers only when asked to', () => {
    expect(QUIT_BUTTONS).toEqual(['stop', 'keep', 'cancel']);
    expect(quitAnswer(0, false)).toEqual({ kind: 'quit', stopEngine: true, remember: null });
    expect(quitAnswer(0, true)).toEqual({ kind: 'quit', stopEngine: true, remember: 'stop' });
    expect(quitAnswer(1, true)).toEqual({ kind: 'quit', stopEngine: false, remember: 'keep' });
    expect(quitAnswer(1, false)).toEqual({ kind: 'quit', stopEngine: false, remember: null });
  });

  it('cancels on Cancel (also Escape), whatever the checkbox says, and on anything unknown', () => {
    expect(quitAnswer(QUIT_CANCEL_INDEX, true)).toEqual({ kind: 'cancel' });
    expect(quitAnswer(-1, false)).toEqual({ kind: 'cancel' });
    expect(quitAnswer(7, true)).toEqual({ kind: 'cancel' });
  });

  it('has every label in both languages', () => {
    expect(Object.keys(quitLabels.ko).sort()).toEqual(Object.keys(quitLabels.en).sort());
    for (const labels of Object.values(quitLabels)) {
      for (const value of Object.values(labels)) expect(value.trim()).not.toBe('');
    }
  });
});
