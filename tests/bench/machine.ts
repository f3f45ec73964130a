import { execFileSync } from 'node:child_process';
import os from 'node:os';

export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryGB: number;
  /** 1, 5 and 15 minute load averages when the run started: a busy machine shows here. */
  loadAverage: number[];
  platform: string;
  node: string;
  chromium: string;
  date: string;
}

function chromiumVersion(): string {
  const binary = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  try {
    return execFileSync(binary, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return `unknown (${binary} --version failed)`;
  }
}

export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    loadAverage: os.loadavg().map((load) => Math.round(load * 100) / 100),
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: chromiumVersion(),
    date: new Date().toISOString(),
  };
}

/** One line naming the machine and its load, printed under the table and kept in results.json. */
export function machineLine(machine: MachineInfo, durationSeconds: number): string {
  return (
    `${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGB} GB, Node ${machine.node},` +
    ` ${machine.chromium}; load ${machine.loadAverage.join(' ')}; ${machine.date};` +
    ` ${durationSeconds} s`
  );
}
