// A real Engine that is never started: for tests of what finds, resolves or refuses before any
// engine is needed (discovering one would throw).
import { Engine } from '@core/engine/engine';

export function unstartedEngine(id: string): Engine {
  return new Engine({
    id,
    discover: () => {
      throw new Error(`engine "${id}" is never started in this test`);
    },
  });
}
