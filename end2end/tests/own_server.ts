import { ChildProcess, execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const BINARY = path.join(ROOT, 'target', 'release', 'fodfaeste');

/**
 * A server of the test's own, on its own SQLite database with the demo data, so a test can
 * kill it (SIGKILL, as a crash or an OOM kill would) and start it again on the same data.
 */
export class OwnServer {
  readonly url: string;
  private proc: ChildProcess | null = null;
  private readonly dir: string;
  private readonly env: NodeJS.ProcessEnv;

  constructor(readonly port: number) {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fodfaeste-own-'));
    this.url = `http://127.0.0.1:${port}`;
    this.env = {
      ...process.env,
      DATABASE_URL: `sqlite://${this.dir}/own.db`,
      LEPTOS_SITE_ROOT: path.join(ROOT, 'target', 'site'),
      LEPTOS_SITE_ADDR: `127.0.0.1:${port}`,
      LEPTOS_ENV: 'PROD',
    };
    execFileSync(BINARY, ['demo-data'], { env: this.env, stdio: 'ignore' });
  }

  async start(): Promise<void> {
    const log = fs.openSync(path.join(this.dir, 'server.log'), 'a');
    this.proc = spawn(BINARY, ['serve'], { env: this.env, stdio: ['ignore', log, log] });
    for (let i = 0; i < 100; i++) {
      try {
        const res = await fetch(`${this.url}/login`);
        if (res.ok) return;
      } catch (_) { /* not listening yet */ }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`own server on ${this.port} did not start:\n${this.log()}`);
  }

  /** As a crash would: no shutdown, no flushing of anything. */
  async kill(): Promise<void> {
    const proc = this.proc;
    if (!proc || proc.exitCode !== null) return;
    const exited = new Promise((r) => proc.once('exit', r));
    proc.kill('SIGKILL');
    await exited;
    this.proc = null;
  }

  log(): string {
    try {
      return fs.readFileSync(path.join(this.dir, 'server.log'), 'utf8').split('\n').slice(-40).join('\n');
    } catch (_) {
      return '';
    }
  }

  async stop(): Promise<void> {
    await this.kill();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
