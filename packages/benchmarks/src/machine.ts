import { cpus, release, totalmem } from 'node:os';

export interface Machine {
  cpuModel: string;
  cores: number;
  memoryGb: number;
  os: string;
}

export function describeMachine(): Machine {
  const processors = cpus();
  return {
    cpuModel: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    os: `${process.platform} ${release()}`,
  };
}

/**
 * Why this Node cannot run the benchmark, if it cannot: the backends it starts run on the same
 * Node, and figures taken on one the portal does not support (the root package.json's `engines`,
 * majors joined by `||`) would not be the portal's.
 */
export function unsupportedNode(
  engines: string,
  version: string,
): string | undefined {
  const supported = engines.split('||').map(major => major.trim());
  const major = version.replace(/^v/, '').split('.')[0];
  if (supported.includes(major)) return undefined;
  return `Node ${version} runs this, and the portal runs on Node ${supported.join(
    ' or ',
  )} (package.json engines): put .toolchain/node_modules/.bin, where ./portal installs Node 24, first on PATH`;
}
