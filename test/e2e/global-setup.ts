import type { TestProject } from 'vitest/node'
import { startWorker } from '../../scripts/worker-server'

/** One real Worker with a seeded D1 for the whole end-to-end run. */
export default async function setup(project: TestProject) {
  const worker = await startWorker()
  project.provide('workerUrl', worker.url)
  return () => worker.stop()
}
