// The Run dialog against the real engine: field errors before sending, the live docker run
// line, an engine error that keeps what was typed, "Pull <image>" then run, and a success whose
// row appears through events.
import type { Page } from '@playwright/test';
import { expect, test, type BerthFixture } from './fixtures';
import { openApp } from '../support/app-page';
import { uniqueName } from '../support/names';

async function openRunDialog(page: Page, berth: BerthFixture) {
  await openApp(page, berth.serve.url);
  await page.getByRole('button', { name: 'Run a container' }).click();
  return page.getByRole('dialog', { name: 'Run a container' });
}

test.describe('Run dialog', () => {
  test('shows field errors on the fields before sending anything', async ({ page, berth }) => {
    const name = berth.uniqueName('e2e-fielderr');
    const dialog = await openRunDialog(page, berth);
    await dialog.getByRole('button', { name: 'Run', exact: true }).click();
    const image = dialog.getByRole('textbox', { name: 'Image' });
    await expect(image).toHaveAttribute('aria-invalid', 'true');
    await expect(image).toHaveAccessibleDescription('Enter an image to run.');
    await image.fill(berth.busybox);
    await expect(image).not.toHaveAttribute('aria-invalid');
    await dialog.getByRole('textbox', { name: 'Container name' }).fill(name);

    await dialog.getByRole('button', { name: 'Add port' }).click();
    const port = dialog.getByRole('textbox', { name: 'Port mapping 1' });
    await port.fill('99999:80');
    await expect(port).toHaveAccessibleDescription('Ports go from 1 to 65535.');

    await dialog.getByRole('button', { name: 'Add variable' }).click();
    await dialog.getByRole('textbox', { name: 'Variable name 1' }).fill('BAD KEY');
    await expect(dialog.getByRole('textbox', { name: 'Variable name 1' })).toHaveAccessibleDescription(
      'A name without spaces or "=".',
    );

    await dialog.getByRole('button', { name: 'Add volume' }).click();
    await dialog.getByRole('textbox', { name: 'Volume or host path 1' }).fill('./data');
    await dialog.getByRole('textbox', { name: 'Path in container 1' }).fill('/data');
    await expect(dialog.getByRole('textbox', { name: 'Volume or host path 1' })).toHaveAccessibleDescription(
      /absolute host path/,
    );

    await dialog.getByText('Advanced options').click();
    await dialog.getByRole('textbox', { name: 'Memory limit' }).fill('512x');
    await expect(dialog.getByRole('textbox', { name: 'Memory limit' })).toHaveAccessibleDescription(
      /Use a number with b, k, m or g/,
    );

    await dialog.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(dialog).toContainText('Fix the highlighted fields first.');
    await expect(dialog).toBeVisible();
    expect(await berth.docker(['ps', '-aq', '--filter', `name=${name}`])).toBe('');
  });

  test('shows the docker run line as you type, and .env blocks become rows', async ({ page, berth }) => {
    const dialog = await openRunDialog(page, berth);
    const line = dialog.getByRole('group', { name: 'Equivalent docker command' }).locator('code');
    await expect(line).toHaveText("docker run -d '<image>'");
    await dialog.getByRole('textbox', { name: 'Image' }).fill('nginx:1.27');
    await dialog.getByRole('textbox', { name: 'Container name' }).fill('web');
    await dialog.getByRole('textbox', { name: 'Command' }).fill(`sh -c 'echo "hi there"'`);
    await dialog.getByRole('button', { name: 'Add port' }).click();
    await dialog.getByRole('textbox', { name: 'Port mapping 1' }).fill('127.0.0.1:8080:80');
    await dialog.getByRole('button', { name: 'Paste a .env block' }).click();
    const block = dialog.getByRole('textbox', { name: '.env contents' });
    await block.fill('# settings\nGREETING="hello world"\nthis is wrong\nexport MODE=prod');
    await dialog.getByRole('button', { name: 'Add these variables' }).click();
    await expect(block).toHaveAccessibleDescription('Line 3 is not KEY=value.');
    await expect(dialog.getByRole('textbox', { name: 'Variable name 1' })).toHaveValue('GREETING');
    await expect(dialog.getByRole('textbox', { name: 'Value 1' })).toHaveValue('hello world');
    await expect(dialog.getByRole('textbox', { name: 'Variable name 2' })).toHaveValue('MODE');
    await dialog.getByText('Advanced options').click();
    await dialog.getByRole('combobox', { name: 'Restart policy' }).selectOption('unless-stopped');
    await dialog.getByRole('textbox', { name: 'Memory limit' }).fill('256m');
    await dialog.getByRole('checkbox', { name: /Remove the container when it exits/ }).check();
    await expect(dialog.getByRole('combobox', { name: 'Restart policy' })).toHaveAccessibleDescription(
      'A container removed on exit cannot have a restart policy.',
    );
    await dialog.getByRole('checkbox', { name: /Remove the container when it exits/ }).uncheck();
    await expect(line).toHaveText(
      "docker run -d --name web -p 127.0.0.1:8080:80 -e 'GREETING=hello world' -e MODE=prod " +
        `--restart unless-stopped -m 256m nginx:1.27 sh -c 'echo "hi there"'`,
    );
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toHaveCount(0);
  });

  test('an engine error keeps what was typed; a fixed form runs and its row appears', async ({
    page,
    berth,
    containers,
  }) => {
    const taken = containers.name('e2e-taken');
    const fresh = containers.name('e2e-fresh');
    await berth.docker(['create', '--name', taken, berth.busybox, 'true']);
    const dialog = await openRunDialog(page, berth);
    await dialog.getByRole('textbox', { name: 'Image' }).fill(berth.busybox);
    await dialog.getByRole('textbox', { name: 'Container name' }).fill(taken);
    await dialog.getByRole('textbox', { name: 'Command' }).fill('sleep 300');
    await dialog.getByRole('button', { name: 'Add variable' }).click();
    await dialog.getByRole('textbox', { name: 'Variable name 1' }).fill('COLOR');
    await dialog.getByRole('textbox', { name: 'Value 1' }).fill('blue');
    // Rows are added and removed with the same controls as in the Build dialog.
    await dialog.getByRole('button', { name: 'Add variable' }).click();
    await dialog.getByRole('button', { name: 'Remove variable 2' }).click();
    await expect(dialog.getByRole('textbox', { name: 'Variable name 2' })).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(dialog.getByRole('alert')).toContainText(`The container name "/${taken}" is already in use`);
    await expect(dialog.getByRole('textbox', { name: 'Container name' })).toHaveValue(taken);
    await expect(dialog.getByRole('textbox', { name: 'Command' })).toHaveValue('sleep 300');
    await expect(dialog.getByRole('textbox', { name: 'Value 1' })).toHaveValue('blue');

    await dialog.getByRole('textbox', { name: 'Container name' }).fill(fresh);
    await dialog.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(dialog).toHaveCount(0);
    const row = page.getByRole('table', { name: 'Containers' }).getByRole('row', { name: fresh });
    await expect(row).toContainText('Running');
    expect(await berth.docker(['inspect', '-f', '{{json .Config.Env}}', fresh])).toContain('COLOR=blue');
  });

  test('offers to pull a missing image, then runs it', async ({ page, berth }) => {
    const image = `${berth.registry}/berth-e2e/run-pull:${uniqueName('t')}`;
    const name = berth.uniqueName('e2e-pulled');
    await berth.docker(['tag', berth.busybox, image]);
    await berth.docker(['push', image]);
    await berth.docker(['rmi', image]);
    try {
      const dialog = await openRunDialog(page, berth);
      await dialog.getByRole('textbox', { name: 'Image' }).fill(image);
      await dialog.getByRole('textbox', { name: 'Container name' }).fill(name);
      await dialog.getByRole('textbox', { name: 'Command' }).fill('sleep 300');
      await dialog.getByRole('button', { name: 'Run', exact: true }).click();
      await expect(dialog.getByRole('alert')).toContainText('No such image');
      await dialog.getByRole('button', { name: `Pull ${image}` }).click();
      await expect(dialog).toHaveCount(0);
      const row = page.getByRole('table', { name: 'Containers' }).getByRole('row', { name });
      await expect(row).toContainText('Running');
      await expect(row).toContainText(image);
    } finally {
      await berth.docker(['rm', '-f', name]).catch(() => undefined);
      await berth.docker(['rmi', image]).catch(() => undefined);
    }
  });
});
