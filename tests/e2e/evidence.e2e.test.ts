import { describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, focused, signIn, tabTo, useBrowserPage } from './browser';

const baseUrl = inject('baseUrl');
const page = useBrowserPage();
/** A one-page PDF as a scanner writes it, enough for its type to be read from its content. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

describe('evidence, in a browser', () => {
  it('lets a lead attach a file to their latest update by keyboard, anyone signed in download it, and the lead remove it', async () => {
    const p = page();
    await signIn(p, baseUrl, 'lead@example.org');
    // One of the lead's actions that has an update to attach to.
    const mine = (await (await p.request.get(`${baseUrl}/api/my/actions`)).json()) as {
      items: { action: { id: string } }[];
    };
    let actionId = '';
    for (const { action } of mine.items) {
      const history = (await (await p.request.get(`${baseUrl}/api/actions/${action.id}/updates`)).json()) as {
        updates: unknown[];
      };
      if (history.updates.length > 0) {
        actionId = action.id;
        break;
      }
    }
    expect(actionId).not.toBe('');
    await p.goto(`${baseUrl}/actions/${actionId}`);
    await p.getByRole('heading', { level: 2, name: 'History', exact: true }).waitFor();
    const input = p.getByLabel(/^Attach evidence to the .+ update$/);
    await input.waitFor();
    expect(await accessibilityViolations(p)).toEqual([]);

    // Keyboard to the file field; the browser's own file chooser is stood in for by setInputFiles.
    await tabTo(p, (f) => f.id.startsWith('evidence-'));
    await input.setInputFiles({ name: 'Panel minutes.pdf', mimeType: 'application/pdf', buffer: PDF });
    await tabTo(p, (f) => f.text === 'Attach file');
    await p.keyboard.press('Enter');
    await p.getByRole('status').getByText('Panel minutes.pdf is attached.').waitFor();
    const link = p.getByRole('link', { name: 'Panel minutes.pdf' });
    await link.waitFor();
    expect(await accessibilityViolations(p)).toEqual([]);
    await tabTo(p, (f) => f.text === 'Panel minutes.pdf');
    expect((await focused(p)).text).toBe('Panel minutes.pdf');

    const href = (await link.getAttribute('href'))!;
    const file = await p.request.get(`${baseUrl}${href}`);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-disposition']).toBe('attachment; filename="Panel minutes.pdf"');
    expect(Buffer.from(await file.body()).equals(PDF)).toBe(true);
    // Nobody signed out reads it.
    expect((await fetch(`${baseUrl}${href}`)).status).toBe(401);

    // Attached by mistake: the lead removes it, saying why, by keyboard; its bytes go with it.
    await tabTo(p, (f) => f.text === 'Remove Panel minutes.pdf');
    await p.keyboard.press('Enter');
    expect((await focused(p)).id).toMatch(/^removal-reason-/);
    await p.keyboard.type('Attached to the wrong update');
    expect(await accessibilityViolations(p)).toEqual([]);
    await tabTo(p, (f) => f.text === 'Remove file');
    await p.keyboard.press('Enter');
    await p.getByRole('status').getByText('Panel minutes.pdf was removed.').waitFor();
    await p.getByText(/^A file was removed by .+: Attached to the wrong update$/).waitFor();
    expect(await link.count()).toBe(0);
    expect(await accessibilityViolations(p)).toEqual([]);
    expect((await p.request.get(`${baseUrl}${href}`)).status()).toBe(404);
  });
});
