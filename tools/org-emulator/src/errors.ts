/** An error the emulator answers in Salesforce's own REST error shape: `[{ message, errorCode, fields? }]`. */
export class SfError extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: string,
    message: string,
    readonly fields: string[] = [],
  ) {
    super(message);
    this.name = errorCode;
  }

  toBody(): Array<{ message: string; errorCode: string; fields?: string[] }> {
    const item: { message: string; errorCode: string; fields?: string[] } = {
      message: this.message,
      errorCode: this.errorCode,
    };
    if (this.fields.length > 0) item.fields = this.fields;
    return [item];
  }

  /** The per-record error shape used by save results (collections, bulk). */
  toSaveError(): { statusCode: string; message: string; fields: string[] } {
    return { statusCode: this.errorCode, message: this.message, fields: this.fields };
  }
}

export const malformedQuery = (message: string): SfError => new SfError(400, 'MALFORMED_QUERY', message);
export const invalidField = (message: string): SfError => new SfError(400, 'INVALID_FIELD', message);
export const invalidType = (objectName: string): SfError =>
  new SfError(
    400,
    'INVALID_TYPE',
    `sObject type '${objectName}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.`,
  );
/** A query operation the object's Supported Calls (Object Reference) do not list, e.g. queryAll(). */
export const invalidTypeForOperation = (objectName: string, operation: string): SfError =>
  new SfError(400, 'INVALID_TYPE_FOR_OPERATION', `entity type ${objectName} does not support ${operation}`);
export const notFound = (): SfError => new SfError(404, 'NOT_FOUND', 'The requested resource does not exist');
