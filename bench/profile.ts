// CPU profile of one piece of work through the inspector, written as a .cpuprofile file.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

/** Profile `work` and write the profile to `file`. */
export async function profileTo(file: string, work: () => void): Promise<void> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  work();
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(file, JSON.stringify(profile));
  session.disconnect();
}
