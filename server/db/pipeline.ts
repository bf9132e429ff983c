/**
 * Statements of one transaction sent without waiting for each one's answer, so the app prepares
 * the next statement (checks, encryption, audit hashes) while PostgreSQL executes the previous.
 * Meant for a transaction of `Database.pipelinedTransaction`: node-postgres's pipeline mode writes
 * each statement to the connection as it is issued and PostgreSQL runs them in that order; `drain`
 * waits for all of them and throws the first failure (a later statement of an aborted transaction
 * fails too, with a less useful message).
 */
export class StatementPipeline {
  private readonly sent: Promise<unknown>[] = [];

  /** Takes a started statement (a called async function, not a lazy query builder). */
  send(statement: Promise<unknown>): void {
    // Settled in drain; until then a failure must not surface as an unhandled rejection.
    statement.catch(() => undefined);
    this.sent.push(statement);
  }

  async drain(): Promise<void> {
    const settled = await Promise.allSettled(this.sent.splice(0));
    const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) throw failed.reason;
  }
}
