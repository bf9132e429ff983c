/** Every error the API returns has one of these codes; the HTTP status follows from the code. */
export const errorStatus = {
  VALIDATION_FAILED: 400,
  BAD_REFERENCE: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  TOTP_REQUIRED: 401,
  TOTP_INVALID: 401,
  SESSION_EXPIRED: 401,
  FORBIDDEN: 403,
  CSRF_FAILED: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  TOTP_ENROLMENT_REQUIRED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  DUPLICATE: 409,
  STALE_VERSION: 409,
  IN_USE: 409,
  INVALID_TRANSITION: 409,
  ACCOUNT_LOCKED: 423,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export interface ErrorDetail {
  field?: string;
  row?: number;
  column?: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetail[];

  constructor(code: ErrorCode, message: string, details: ErrorDetail[] = []) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what}不存在或无权访问`);
export const forbidden = (message = '没有执行此操作的权限') => new AppError('FORBIDDEN', message);
export const staleVersion = (what: string) =>
  new AppError('STALE_VERSION', `${what}已被他人修改，请刷新后重试`);
