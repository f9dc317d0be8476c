// Typed application errors, mapped to HTTP statuses and user messages in one place.
export class AppError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = "Please sign in to continue.") {
    super(message, 401);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = "You do not have permission to do that.") {
    super(message, 403);
  }
}

/** Also used for another tenant's ids: they behave as if they did not exist. */
export class NotFoundError extends AppError {
  constructor(message = "Not found.") {
    super(message, 404);
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super(message, 409);
  }
}

export class ValidationError extends AppError {
  constructor(message: string, fieldErrors?: Record<string, string[]>) {
    super(message, 422, fieldErrors);
  }
}

/** A request body past its limit; thrown while it arrives, before the rest is read. */
export class PayloadTooLargeError extends AppError {
  constructor(message: string, fieldErrors?: Record<string, string[]>) {
    super(message, 413, fieldErrors);
  }
}

export class RateLimitError extends AppError {
  constructor(message: string) {
    super(message, 429);
  }
}

export const UNEXPECTED_MESSAGE = "Something went wrong on our side. Nothing was saved; please try again.";

/** Maps any thrown value to a status and a message that is safe to show. */
export function toPublicError(error: unknown): {
  status: number;
  message: string;
  fieldErrors?: Record<string, string[]>;
} {
  if (error instanceof AppError)
    return { status: error.status, message: error.message, fieldErrors: error.fieldErrors };
  console.error(error);
  return { status: 500, message: UNEXPECTED_MESSAGE };
}
