// A malformed LSP header (a Content-Length that is not a number, or none) costs only its own
// message: the next well-framed message is still read and answered. Real bytes on the built
// server's stdin, as a broken or hostile client would send them.
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { SERVER, ensureBuilt } from './support/build';

const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
const initialize = (id: number) => JSON.stringify({ jsonrpc: '2.0', id, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });

describe('server: malformed LSP framing', function () {
  this.timeout(20_000);
  before(() => ensureBuilt());
  const children: ReturnType<typeof spawn>[] = [];
  afterEach(() => {
    for (const c of children.splice(0)) c.kill();
  });

  for (const [what, bad] of [
    ['a Content-Length that is not a number', `Content-Length: abc\r\n\r\n${initialize(0)}`],
    ['no Content-Length at all', `Content-Type: application/vscode-jsonrpc\r\n\r\n${initialize(0)}`],
    ['a negative Content-Length', `Content-Length: -5\r\n\r\n${initialize(0)}`],
  ] as const)
    it(`${what}: the next message is still answered`, async () => {
      const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
      children.push(child);
      let out = '';
      const answered = new Promise<string>((resolve) =>
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString('utf8');
          if (/"id":1,"result"|"id":1,"error"/.test(out)) resolve(out);
        }),
      );
      child.stdin.write(bad);
      child.stdin.write(frame(initialize(1)));
      assert.match(await answered, /"id":1,"result":\{"capabilities"/);
    });
});
