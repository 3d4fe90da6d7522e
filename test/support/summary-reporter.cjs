// Mocha's spec reporter, plus the run's counts written to $SUMMARY_FILE for scripts/run-tests.mjs.
const { writeFileSync } = require('node:fs');
const Mocha = require('mocha');

class SummaryReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const s = runner.stats;
      if (process.env.SUMMARY_FILE)
        writeFileSync(process.env.SUMMARY_FILE, JSON.stringify({ passed: s.passes, failed: s.failures, skipped: s.pending }));
    });
  }
}
module.exports = SummaryReporter;
