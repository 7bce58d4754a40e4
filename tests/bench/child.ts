// Starting the benchmark's servers as child processes and watching their memory from outside.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface Child<T> {
  pid: number;
  info: T;
  /** Everything the child wrote to stderr (seeding progress, errors). */
  log: () => string;
  stop: () => Promise<void>;
  /** Sends a line to the child's stdin and waits for the next stdout line starting with `reply`. */
  ask: (line: string, reply: string) => Promise<string>;
}

/** Runs `script` (built JavaScript) under Node and waits for the line `BENCH_READY {json}` it prints when ready. */
export function startChild<T>(
  script: string,
  env: Record<string, string>,
  options: { timeoutMs: number; echo?: boolean; nodeArgs?: string[] },
): Promise<Child<T>> {
  // BENCH_NODE_ARGS, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`, to profile the servers by hand.
  const args = [
    ...(options.nodeArgs ?? []),
    ...(process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean),
  ];
  const child = spawn(process.execPath, [...args, script], {
    env: { ...process.env, ...env },
    // The child stops when its stdin closes: it never outlives this process.
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    log += chunk.toString();
    if (options.echo) process.stderr.write(chunk);
  });
  return new Promise((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} was not ready within ${options.timeoutMs / 1000} s:\n${log}`));
    }, options.timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} stopped (exit ${code}) before it was ready:\n${log}`));
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const lines = stdout.split('\n');
      // Only whole lines: the ready line can be longer than one chunk.
      const line = lines.slice(0, -1).find((l) => l.startsWith('BENCH_READY '));
      if (!line) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      child.stdout?.removeAllListeners('data');
      try {
        const info = JSON.parse(line.slice('BENCH_READY '.length)) as T;
        resolve({ pid: child.pid!, info, log: () => log, stop: () => stop(child), ask: asker(child) });
      } catch (error) {
        child.kill('SIGKILL');
        reject(error);
      }
    });
  });
}

function asker(child: ChildProcess) {
  let buffered = '';
  const waiting: { reply: string; resolve: (text: string) => void; reject: (error: Error) => void }[] = [];
  child.stdout?.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      const i = waiting.findIndex((w) => line.startsWith(w.reply));
      const [asked] = i >= 0 ? waiting.splice(i, 1) : [];
      asked?.resolve(line.slice(asked.reply.length));
    }
  });
  child.once('exit', (code) => {
    for (const w of waiting.splice(0)) w.reject(new Error(`the child stopped (exit ${code})`));
  });
  return (line: string, reply: string) =>
    new Promise<string>((resolve, reject) => {
      waiting.push({ reply, resolve, reject });
      child.stdin?.write(`${line}\n`);
    });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Resident memory of a process in bytes, from /proc (Linux). */
export function rssOf(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) * 1024 : 0;
}

/** Samples a process's RSS every 50 ms until stopped; returns the peak. */
export function watchPeakRss(pid: number): () => number {
  let peak = rssOf(pid);
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, rssOf(pid));
    } catch {
      clearInterval(timer);
    }
  }, 50);
  return () => {
    clearInterval(timer);
    return peak;
  };
}

/** CPU seconds a process has used (user and system), from /proc (Linux; 100 ticks a second). */
export function cpuOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
