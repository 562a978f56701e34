// The Commit tab against the real engine: the reference is checked on the field, the docker
// commit line follows the form, and the new image appears on the Images page.
import { expect, test } from './fixtures';

test.describe('container commit', () => {
  test('commits a container and shows the image', async ({ page, berth, containers }) => {
    const name = await containers.run('e2e-commit', [
      berth.busybox,
      'sh',
      '-c',
      'echo hi > /made-here && sleep 300',
    ]);
    const repository = `e2e-commit/${name}`;
    try {
      await page.goto(`${berth.serve.url}#/containers/${name}/commit`);
      const reference = page.getByRole('textbox', { name: 'Repository and tag' });
      await reference.fill('Not Valid');
      await reference.blur();
      await expect(page.getByText('Use lower-case letters, digits and separators')).toBeVisible();
      await expect(reference).toHaveAttribute('aria-invalid', 'true');

      await reference.fill(`${repository}:v1`);
      await page.getByRole('textbox', { name: 'Message' }).fill('made by the e2e test');
      await expect(page.getByRole('group', { name: 'Equivalent docker command' })).toContainText(
        `docker commit --message 'made by the e2e test' ${name} ${repository}:v1`,
      );
      await expect(
        page.getByRole('checkbox', { name: 'Pause the container while committing' }),
      ).toBeChecked();
      await page.getByRole('button', { name: 'Create image' }).click();

      const result = page.getByRole('status').filter({ hasText: `Created image ${repository}:v1` });
      await expect(result).toBeVisible();
      await expect(result).toContainText(/sha256:[0-9a-f]{64}/);
      const comment = await berth.docker([
        'image',
        'inspect',
        '--format',
        '{{.Comment}}',
        `${repository}:v1`,
      ]);
      expect(comment).toBe('made by the e2e test');

      await result.getByRole('link', { name: 'Open Images' }).click();
      await expect(page.getByRole('heading', { name: 'Images', level: 1 })).toBeVisible();
      await expect(page.getByRole('table', { name: 'Images' })).toContainText(repository);
    } finally {
      await berth.docker(['rmi', '-f', `${repository}:v1`]).catch(() => undefined);
    }
  });
});
