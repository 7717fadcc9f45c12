import { spawn } from 'child_process';

/** Runs a compiled bench child (`node script args`) and parses the JSON it prints last on stdout. */
export function runJsonChild<T>(script: string, args: readonly string[], nodeArgs: readonly string[] = []): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, script, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_OPTIONS: '' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err = (err + d).slice(-4000)));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0) return reject(new Error(`${script.split('/').pop()} exited ${code}: ${err.trim().split('\n').slice(-3).join(' / ')}`));
      try {
        resolve(JSON.parse(last) as T);
      } catch {
        reject(new Error(`child printed no JSON: ${last.slice(0, 200)} ${err.slice(-300)}`));
      }
    });
  });
}
