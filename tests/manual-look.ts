import { enrolOverHttp } from '../apps/api/src/test/two-step';
import { launchBrowser } from './e2e/chromium';

const base = 'http://127.0.0.1:3100';
const shot = (name: string) => `/tmp/shots/${name}.png`;

async function main() {
  const { trustedCookie } = await enrolOverHttp(base, 'manager@example.org', 'ragboard-demo');
  const [cname, cvalue] = trustedCookie.split(/=(.*)/s) as [string, string];
  const browser = await launchBrowser();
  const signIn = async (email: string, width = 1280) => {
    const ctx = await browser.newContext({ viewport: { width, height: 900 } });
    await ctx.addCookies([{ name: cname, value: cvalue, url: base }]);
    const p = await ctx.newPage();
    await p.goto(`${base}/sign-in`);
    await p.getByLabel('Email', { exact: true }).fill(email);
    await p.getByLabel('Password', { exact: true }).fill('ragboard-demo');
    await p.getByRole('button', { name: 'Sign in' }).click();
    await p.waitForLoadState('networkidle');
    await p.waitForTimeout(1500);
    return p;
  };
  const anon = await (await browser.newContext({ viewport: { width: 320, height: 900 } })).newPage();
  await anon.goto(`${base}/sign-in`);
  await anon.waitForTimeout(1000);
  await anon.screenshot({ path: shot('sign-in-320'), fullPage: true });

  const lead = await signIn('lead@example.org');
  console.log('lead lands on', lead.url());
  await lead.screenshot({ path: shot('lead-landing'), fullPage: true });

  const m = await signIn('manager@example.org');
  console.log('manager lands on', m.url());
  const plans = (await (await m.request.get(`${base}/api/plans`)).json()) as { plans: { id: string; state: string }[] };
  const plan = plans.plans.find((p) => p.state === 'active')!;
  await m.goto(`${base}/plans/${plan.id}/round`);
  await m.waitForLoadState('networkidle');
  await m.waitForTimeout(1500);
  await m.screenshot({ path: shot('round-before'), fullPage: true });
  await m.getByRole('button', { name: /^Remind now/ }).first().click();
  await m.waitForTimeout(1500);
  await m.screenshot({ path: shot('round-preview'), fullPage: true });
  await m.getByRole('button', { name: /^Send this reminder/ }).first().click();
  await m.waitForTimeout(2000);
  await m.screenshot({ path: shot('round-after'), fullPage: true });
  const outbox = (await (await m.request.get(`${base}/api/plans/${plan.id}/outbox`)).json()) as {
    messages: { link?: string | null; body: string }[];
  };
  const link = outbox.messages.find((x) => x.link)?.link;
  console.log('link', link);
  if (link) {
    const nojs = await (await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 900 } })).newPage();
    await nojs.goto(link);
    await nojs.screenshot({ path: shot('link-nojs-320'), fullPage: true });
    await nojs.getByRole('button', { name: 'Save all updates' }).click();
    await nojs.screenshot({ path: shot('link-nojs-error'), fullPage: false });
  }
  await browser.close();
}
main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
