// A route that smuggles a path into an id (`#/images/a%2F..%2F..%2F..%2F127.0.0.1%3A1`) used to
// make the engine answer a redirect that the server followed to another host, and crash: now the
// page says the id is not valid, next to what failed, and the server keeps answering.
import { expect, test } from './fixtures';

test.describe('hostile routes', () => {
  test('an image route holding a path is refused in words; the server keeps answering', async ({
    page,
    berth,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${berth.serve.url}#/images/a%2F..%2F..%2F..%2F127.0.0.1%3A1`);
    // The page's own words, then the refused field, as words (not the schema's JSON).
    const refused = page.getByRole('alert').filter({ hasText: 'id: Not an image ID or reference' });
    await expect(refused.first()).toBeVisible();
    await expect(refused.first()).not.toContainText('"code"');

    await page.goto(`${berth.serve.url}#/containers`);
    await expect(page.getByRole('table', { name: 'Containers' })).toBeVisible();
    expect(() => process.kill(berth.serve.pid, 0)).not.toThrow();
    expect(berth.serve.output()).not.toMatch(/ECONNREFUSED|Unhandled|uncaught/i);
    expect(errors).toEqual([]);
  });
});
