// Prints vitest's JSON report as one line CI can read: "N passed, N failed". Exits 1 when the report is missing.
import { existsSync, readFileSync } from 'node:fs'

const file = process.argv[2] ?? '.vitest-report.json'
if (!existsSync(file)) {
  console.log('0 passed, 1 failed (no vitest report: the suite did not run to the end)')
  process.exit(1)
}
const r = JSON.parse(readFileSync(file, 'utf8'))
const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0)
console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(r.numFailedTests > 0 || !r.success ? 1 : 0)
