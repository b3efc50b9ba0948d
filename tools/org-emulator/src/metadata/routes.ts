import Busboy from 'busboy';
import express, { type Request, type Response, type Router } from 'express';
import { XMLParser } from 'fast-xml-parser';
import { SfError } from '../errors';
import type { OrgContext } from '../context';
import { apiCall } from '../http/guard';
import type { DeployOptions, DeployResult } from './deploy';

/**
 * The Metadata API deploy over SOAP (`POST /services/Soap/m/{version}`: deploy, checkDeployStatus, cancelDeploy,
 * with the session in the SOAP header) and over REST (`…/metadata/deployRequest`: POST a multipart zip, GET the
 * status, PATCH to cancel), the two ways `sf project deploy start` sends a package (Metadata API Developer Guide,
 * "deploy()", "checkDeployStatus()", "Deploy Metadata with Apex REST / REST Resources").
 */
export function metadataRoutes(org: OrgContext): Router {
  const router = express.Router();
  const xml = new XMLParser({ removeNSPrefix: true, parseTagValue: false, isArray: (name) => name === 'runTests' });

  router.post(
    ['/services/Soap/m/:version', '/services/Soap/m/:version/:orgId'],
    express.text({ type: () => true, limit: '400mb' }),
    (req, res) => {
      let envelope:
        { Header?: { SessionHeader?: { sessionId?: unknown } }; Body?: Record<string, unknown> } | undefined;
      try {
        envelope = (xml.parse(typeof req.body === 'string' ? req.body : '') as { Envelope?: typeof envelope }).Envelope;
      } catch {
        envelope = undefined;
      }
      if (!envelope?.Body) return soapFault(res, 'soapenv:Client', 'Unable to parse the SOAP request');
      const session = org.sessions.find(String(envelope.Header?.SessionHeader?.sessionId ?? ''));
      if (!session)
        return soapFault(
          res,
          'sf:INVALID_SESSION_ID',
          'INVALID_SESSION_ID: Invalid Session ID found in SessionHeader: Illegal Session',
        );
      if (org.calls.wouldExceed('metadata'))
        return soapFault(res, 'sf:REQUEST_LIMIT_EXCEEDED', 'REQUEST_LIMIT_EXCEEDED: TotalRequests Limit exceeded.');
      org.calls.record('metadata');
      const [operation, args] = Object.entries(envelope.Body)[0] ?? [];
      const call = (args ?? {}) as Record<string, unknown>;
      const denied = metadataDenied(org, session.userId);
      if (denied) return soapFault(res, 'sf:INSUFFICIENT_ACCESS', denied);
      switch (operation) {
        case 'deploy': {
          const zip = Buffer.from(String(call.ZipFile ?? ''), 'base64');
          const result = org.metadata.start(zip, soapOptions(call.DeployOptions), session.userId);
          return soapResult(res, 'deploy', { done: false, id: result.id, state: 'Queued' });
        }
        case 'checkDeployStatus': {
          const result = org.metadata.status(String(call.asyncProcessId ?? ''), String(call.includeDetails) === 'true');
          if (!result)
            return soapFault(
              res,
              'sf:INVALID_ID_FIELD',
              `INVALID_ID_FIELD: invalid id: ${String(call.asyncProcessId)}`,
            );
          return soapResult(res, 'checkDeployStatus', soapShape(result));
        }
        case 'cancelDeploy': {
          const result = org.metadata.cancel(String(call.id ?? ''));
          if (!result) return soapFault(res, 'sf:INVALID_ID_FIELD', `INVALID_ID_FIELD: invalid id: ${String(call.id)}`);
          return soapResult(res, 'cancelDeploy', { done: result.done, id: result.id });
        }
        default:
          return soapFault(
            res,
            'sf:INVALID_OPERATION',
            `INVALID_OPERATION: the emulator serves deploy, checkDeployStatus and cancelDeploy, not ${String(operation)}`,
          );
      }
    },
  );

  const base = '/services/data/v:version/metadata/deployRequest';
  router.post(
    base,
    apiCall(org, 'metadata', async (req, res, locals) => {
      const denied = metadataDenied(org, locals.userId);
      if (denied) throw new SfError(403, 'INSUFFICIENT_ACCESS', denied);
      const { file, entity } = await readMultipart(req);
      if (!file) throw new SfError(400, 'INVALID_MULTIPART_REQUEST', 'The request has no file part with the zip');
      const options = (entity?.deployOptions ?? {}) as DeployOptions;
      const result = org.metadata.start(file, options, locals.userId);
      res.status(201).json(restShape(req, result, options));
    }),
  );
  router.get(
    `${base}/:id`,
    apiCall(org, 'metadata', (req, res) => {
      const result = org.metadata.status(req.params.id as string, req.query.includeDetails === 'true');
      if (!result) throw new SfError(404, 'NOT_FOUND', 'The requested resource does not exist');
      res.json(restShape(req, result, org.metadata.optionsOf(result.id)));
    }),
  );
  router.patch(
    `${base}/:id`,
    apiCall(org, 'metadata', (req, res) => {
      const result = org.metadata.cancel(req.params.id as string);
      if (!result) throw new SfError(404, 'NOT_FOUND', 'The requested resource does not exist');
      res.status(202).json(restShape(req, result, org.metadata.optionsOf(result.id)));
    }),
  );
  return router;
}

/** Deploying needs Modify Metadata (or Modify All Data), as in Salesforce. */
function metadataDenied(org: OrgContext, userId: string): string | undefined {
  const access = org.access.forUser(userId);
  if (access.has('ModifyMetadata') || access.modifyAllData) return undefined;
  return 'INSUFFICIENT_ACCESS: use of the Metadata API requires a user with the ModifyAllData or ModifyMetadata permissions';
}

function soapOptions(raw: unknown): DeployOptions {
  const o = (raw ?? {}) as Record<string, unknown>;
  const bool = (v: unknown): boolean | undefined => (v === undefined ? undefined : String(v) === 'true');
  return {
    checkOnly: bool(o.checkOnly),
    rollbackOnError: bool(o.rollbackOnError),
    ignoreWarnings: bool(o.ignoreWarnings),
    singlePackage: bool(o.singlePackage),
    testLevel: typeof o.testLevel === 'string' ? o.testLevel : undefined,
  };
}

function readMultipart(req: Request): Promise<{ file?: Buffer; entity?: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    let bus: ReturnType<typeof Busboy>;
    try {
      bus = Busboy({ headers: req.headers, limits: { fileSize: 400 * 1024 * 1024 } });
    } catch (error) {
      reject(new SfError(400, 'INVALID_MULTIPART_REQUEST', (error as Error).message));
      return;
    }
    const out: { file?: Buffer; entity?: Record<string, unknown> } = {};
    const readPart = (name: string, chunks: Buffer[]): void => {
      const body = Buffer.concat(chunks);
      if (name === 'file') out.file = body;
      if (name === 'entity_content') {
        try {
          out.entity = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
        } catch {
          reject(new SfError(400, 'JSON_PARSER_ERROR', 'entity_content is not JSON'));
        }
      }
    };
    bus.on('file', (name, stream) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => readPart(name, chunks));
    });
    bus.on('field', (name, value) => readPart(name, [Buffer.from(value)]));
    bus.on('error', (e) => reject(new SfError(400, 'INVALID_MULTIPART_REQUEST', (e as Error).message)));
    bus.on('close', () => resolve(out));
    req.pipe(bus);
  });
}

function restShape(req: Request, result: DeployResult, options: DeployOptions | undefined): Record<string, unknown> {
  return {
    id: result.id,
    url: `/services/data/v${String(req.params.version)}/metadata/deployRequest/${result.id}`,
    validatedDeployRequestId: null,
    deployOptions: options ?? {},
    deployResult: result,
  };
}

/** SOAP has no `Pending`: a job not yet started is `Queued` there (REST says `Pending`). */
function soapShape(result: DeployResult): Record<string, unknown> {
  return { ...result, status: result.status === 'Pending' ? 'Queued' : result.status };
}

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function toXml(name: string, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map((v) => toXml(name, v)).join('');
  if (typeof value === 'object') {
    return `<${name}>${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => toXml(k, v))
      .join('')}</${name}>`;
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

function soapResult(res: Response, operation: string, result: unknown): void {
  res
    .type('text/xml')
    .send(
      '<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns="http://soap.sforce.com/2006/04/metadata"><soapenv:Body>' +
        `<${operation}Response>${toXml('result', result)}</${operation}Response>` +
        '</soapenv:Body></soapenv:Envelope>',
    );
}

function soapFault(res: Response, code: string, message: string): void {
  res
    .status(500)
    .type('text/xml')
    .send(
      '<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:sf="http://soap.sforce.com/2006/04/metadata"><soapenv:Body><soapenv:Fault>' +
        `<faultcode>${code}</faultcode><faultstring>${escapeXml(message)}</faultstring>` +
        '</soapenv:Fault></soapenv:Body></soapenv:Envelope>',
    );
}
