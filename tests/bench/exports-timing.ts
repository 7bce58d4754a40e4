// Each export format of a board report on the benchmarked plan, timed once after a warm-up.
export interface ExportTiming {
  format: string;
  ms: number;
  bytes: number;
}

export async function timeExports(
  url: string,
  planId: string,
  period: string,
  manager: Record<string, string>,
): Promise<ExportTiming[]> {
  const created = await fetch(`${url}/api/plans/${planId}/reports`, {
    method: 'POST',
    headers: { ...manager, 'content-type': 'application/json' },
    body: JSON.stringify({ period, title: 'Benchmark board pack' }),
  });
  if (created.status !== 201) throw new Error(`creating a report: ${created.status} ${await created.text()}`);
  const { id } = (await created.json()) as { id: string };
  const timings: ExportTiming[] = [];
  for (const format of ['pdf', 'docx', 'xlsx', 'csv', 'html']) {
    const fetchOnce = async () => {
      const reply = await fetch(`${url}/api/reports/${id}/export?format=${format}`, { headers: manager });
      if (reply.status !== 200) throw new Error(`${format} export: ${reply.status}`);
      return (await reply.arrayBuffer()).byteLength;
    };
    await fetchOnce();
    const started = performance.now();
    const bytes = await fetchOnce();
    timings.push({ format, ms: performance.now() - started, bytes });
  }
  return timings;
}
