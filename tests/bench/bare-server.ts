// The floor every ratio is measured against: a bare Fastify route, in its own process as the
// server under test is, so neither shares an event loop with the load generator.
import Fastify from 'fastify';

const bare = Fastify();
bare.get('/bare', async () => ({ status: 'ok' }));
const url = await bare.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`BENCH_READY ${JSON.stringify({ url: `${url}/bare` })}\n`);
const close = () => void bare.close().then(() => process.exit(0));
process.once('SIGTERM', close);
// The benchmark holds our stdin: when it ends, so do we.
process.stdin.on('end', close).resume();
