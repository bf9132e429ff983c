import { AppError, type ErrorCode, type ErrorDetail } from '../errors';

/**
 * A task that fails but still leaves something for the user, e.g. an import whose rows did not
 * validate: nothing was written, and `result` names the error report file to download.
 */
export class TaskFailure extends AppError {
  constructor(code: ErrorCode, message: string, details: ErrorDetail[], readonly result: Record<string, unknown>) {
    super(code, message, details);
  }
}
