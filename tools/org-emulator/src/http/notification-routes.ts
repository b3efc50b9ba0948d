import express, { type Router } from 'express';
import type { OrgContext } from '../context';
import { normalizeId } from '../ids';
import { apiCall } from './guard';

// The standard invocable action that sends a custom notification (Actions Developer Guide, "Custom Notification
// Actions"): POST /services/data/vXX.X/actions/standard/customNotificationAction with {"inputs": [...]}. Each input
// names a deployed CustomNotificationType (customNotifTypeId), recipients (recipientIds; here only user ids: the
// account, opportunity, group and queue forms are not served), a title, a body and a target (targetId or
// targetPageRef; the Apex CustomNotification docs: "You must specify a target"). A recipient who is not active gets
// nothing, as documented. What was sent is kept for tests (GET /__admin/notifications); that is not Salesforce's.

/** One notification as a recipient got it. */
export interface SentNotification {
  typeId: string;
  typeName: string;
  recipientId: string;
  title: string;
  body: string;
  targetId?: string;
  targetPageRef?: string;
  senderId: string;
  sentAt: string;
}

interface ActionError {
  statusCode: string;
  message: string;
  fields: string[];
}

const ACTION = 'customNotificationAction';
/** Limits the emulator holds the inputs to; where the docs name none it is stricter (title 250, body 750). */
const TITLE_MAX = 250;
const BODY_MAX = 750;
const RECIPIENTS_MAX = 500;

const sentByOrg = new WeakMap<OrgContext, SentNotification[]>();

/** What the org's custom notification action has sent, oldest first. */
export function sentNotifications(org: OrgContext): SentNotification[] {
  let sent = sentByOrg.get(org);
  if (!sent) sentByOrg.set(org, (sent = []));
  return sent;
}

const asText = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

function recipientList(value: unknown): string[] | undefined {
  if (typeof value === 'string' && value.trim()) return [value.trim()];
  if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string')) return value as string[];
  return undefined;
}

export function notificationRoutes(org: OrgContext): Router {
  const router = express.Router();
  router.post(
    `/services/data/v:version/actions/standard/${ACTION}`,
    express.json({ limit: '1mb' }),
    apiCall(org, 'actions', (req, res, locals) => {
      const inputs = (req.body as { inputs?: unknown } | undefined)?.inputs;
      if (!Array.isArray(inputs) || inputs.length === 0) {
        res.status(400).json([
          {
            errorCode: 'JSON_PARSER_ERROR',
            message: 'The request body must hold an "inputs" array with at least one input.',
          },
        ]);
        return;
      }
      // Orgs created in Winter '21 or later need the Send Custom Notifications permission for REST calls.
      const access = org.access.forUser(locals.userId);
      if (!access.modifyAllData && !access.has('SendCustomNotifications')) {
        res.status(400).json(
          inputs.map(() => ({
            actionName: ACTION,
            errors: [
              {
                statusCode: 'INSUFFICIENT_ACCESS_OR_READONLY',
                message: 'You need the Send Custom Notifications permission to send custom notifications.',
                fields: [],
              },
            ],
            isSuccess: false,
            outputValues: null,
          })),
        );
        return;
      }
      const planned: SentNotification[][] = [];
      const results = inputs.map((input: Record<string, unknown>) => {
        const errors: ActionError[] = [];
        const fail = (statusCode: string, message: string, field?: string): void => {
          errors.push({ statusCode, message, fields: field ? [field] : [] });
        };
        const missing = (name: string): void =>
          fail('REQUIRED_FIELD_MISSING', `Missing required input parameter: ${name}`, name);
        const typeId = asText(input?.customNotifTypeId);
        let typeName = '';
        if (!typeId) missing('customNotifTypeId');
        else {
          const row = org.store.live(normalizeId(typeId) ?? typeId);
          if (!row || !String(row.Id).startsWith('0ML')) {
            fail('INVALID_CROSS_REFERENCE_KEY', `invalid cross reference id: ${typeId}`, 'customNotifTypeId');
          } else typeName = String(row.DeveloperName);
        }
        const recipients = recipientList(input?.recipientIds);
        if (!recipients) missing('recipientIds');
        else if (recipients.length > RECIPIENTS_MAX) {
          fail(
            'LIMIT_EXCEEDED',
            `You can send a notification to at most ${RECIPIENTS_MAX} recipients.`,
            'recipientIds',
          );
        }
        const title = asText(input?.title);
        if (!title) missing('title');
        else if (title.length > TITLE_MAX) fail('STRING_TOO_LONG', `title: data value too large (max ${TITLE_MAX})`);
        const body = asText(input?.body);
        if (!body) missing('body');
        else if (body.length > BODY_MAX) fail('STRING_TOO_LONG', `body: data value too large (max ${BODY_MAX})`);
        const targetId = asText(input?.targetId);
        const targetPageRef = asText(input?.targetPageRef);
        if (!targetId && !targetPageRef) missing('targetId');
        if (targetPageRef) {
          try {
            JSON.parse(targetPageRef);
          } catch {
            fail('INVALID_INPUT', 'targetPageRef must be a PageReference in JSON', 'targetPageRef');
          }
        }
        const users: string[] = [];
        for (const id of recipients ?? []) {
          const normalized = normalizeId(id);
          const row = normalized ? org.store.live(normalized) : undefined;
          if (!normalized || !normalized.startsWith('005') || !row) {
            fail('INVALID_CROSS_REFERENCE_KEY', `invalid cross reference id: ${id}`, 'recipientIds');
          } else if (row.IsActive !== false) users.push(normalized);
        }
        const sentAt = org.clock.now().toISOString();
        planned.push(
          errors.length
            ? []
            : users.map((recipientId) => ({
                typeId: normalizeId(typeId as string) as string,
                typeName,
                recipientId,
                title: title as string,
                body: body as string,
                ...(targetId ? { targetId } : {}),
                ...(targetPageRef ? { targetPageRef } : {}),
                senderId: locals.userId,
                sentAt,
              })),
        );
        return errors.length
          ? { actionName: ACTION, errors, isSuccess: false, outputValues: null }
          : {
              actionName: ACTION,
              errors: null,
              isSuccess: true,
              outputValues: { SuccessMessage: 'Your custom notification is processed successfully.' },
            };
      });
      const failed = results.some((r) => !r.isSuccess);
      if (!failed) for (const batch of planned) sentNotifications(org).push(...batch);
      res.status(failed ? 400 : 200).json(results);
    }),
  );

  router.get('/__admin/notifications', (_req, res) => {
    res.json(sentNotifications(org));
  });
  router.delete('/__admin/notifications', (_req, res) => {
    sentNotifications(org).length = 0;
    res.json([]);
  });
  return router;
}
