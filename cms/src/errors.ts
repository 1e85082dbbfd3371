import { errors } from '@strapi/utils';

/**
 * Rule violations surface in the editor as Strapi ValidationErrors (shown in the admin panel as a toast and
 * answered 400 by the REST API), worded in Vietnamese with a hint on how to fix them.
 */
export class RuleViolationError extends errors.ValidationError {
  constructor(message: string, field?: string) {
    super(message, field ? { errors: [{ path: [field], message, name: 'ValidationError' }] } : undefined);
  }
}
