import { createHash } from 'node:crypto';
import type { AccessModel } from '../access/access-model';
import { makeId } from '../ids';
import type { Catalog } from '../schema/catalog';
import type { Store } from '../store/store';
import { checkPackage, type Problem } from './checks';
import {
  asArray,
  OBJECT_CHILDREN,
  PackageError,
  readPackage,
  text,
  type Component,
  type MetadataPackage,
  type XmlNode,
} from './package';
import { grantOf, schemaOf } from './to-schema';

/** DeployOptions the emulator honours (Metadata API Developer Guide, "deploy()" → DeployOptions). */
export interface DeployOptions {
  checkOnly?: boolean;
  rollbackOnError?: boolean;
  ignoreWarnings?: boolean;
  singlePackage?: boolean;
  testLevel?: string;
  runTests?: string[];
  allowMissingFiles?: boolean;
  autoUpdatePackage?: boolean;
  purgeOnDelete?: boolean;
  performRetrieve?: boolean;
}

export type DeployStatus =
  'Pending' | 'InProgress' | 'Succeeded' | 'SucceededPartial' | 'Failed' | 'Canceling' | 'Canceled';

/** One DeployMessage (a componentSuccess or componentFailure). */
export interface DeployMessage {
  changed: boolean;
  columnNumber?: number;
  componentType: string;
  created: boolean;
  createdDate: string;
  deleted: boolean;
  fileName: string;
  fullName: string;
  id?: string;
  lineNumber?: number;
  problem?: string;
  problemType?: 'Warning' | 'Error';
  success: boolean;
}

/** The DeployResult that checkDeployStatus (SOAP) and GET deployRequest (REST) return. */
export interface DeployResult {
  id: string;
  checkOnly: boolean;
  completedDate?: string;
  createdBy: string;
  createdByName: string;
  createdDate: string;
  details: {
    componentSuccesses: DeployMessage[];
    componentFailures: DeployMessage[];
    runTestResult: {
      numFailures: number;
      numTestsRun: number;
      totalTime: number;
      successes: [];
      failures: [];
      codeCoverage: [];
    };
  };
  done: boolean;
  errorMessage?: string;
  errorStatusCode?: string;
  ignoreWarnings: boolean;
  lastModifiedDate: string;
  numberComponentErrors: number;
  numberComponentsDeployed: number;
  numberComponentsTotal: number;
  numberTestErrors: number;
  numberTestsCompleted: number;
  numberTestsTotal: number;
  rollbackOnError: boolean;
  runTestsEnabled: boolean;
  startDate?: string;
  status: DeployStatus;
  stateDetail?: string;
  success: boolean;
}

interface DeployJob {
  result: DeployResult;
  options: DeployOptions;
  zip: Buffer;
  userId: string;
  work?: Promise<void>;
}

/**
 * The Metadata API deploy: a zip is accepted as a Queued job (`Pending` in DeployResult.status), worked on in the
 * background (InProgress), and ends Succeeded, SucceededPartial (rollbackOnError false), Failed or Canceled. A
 * successful deploy that is not checkOnly becomes the org's schema and permission sets at once.
 */
export class MetadataDeployer {
  private readonly jobs = new Map<string, DeployJob>();
  private sequence = 0;
  /** Content hash of every component deployed so far, to report created/changed as Salesforce does. */
  private readonly deployed = new Map<string, string>();

  constructor(
    private readonly catalog: Catalog,
    private readonly store: Store,
    private readonly access: AccessModel,
    private readonly now: () => Date,
    private readonly userName: (userId: string) => string,
  ) {}

  /** Starts a deploy and returns its id (the AsyncResult). */
  start(zip: Buffer, options: DeployOptions, userId: string): DeployResult {
    const stamp = this.now().toISOString();
    const id = makeId('0Af', ++this.sequence, 'EM');
    const result: DeployResult = {
      id,
      checkOnly: Boolean(options.checkOnly),
      createdBy: userId,
      createdByName: this.userName(userId),
      createdDate: stamp,
      details: { componentSuccesses: [], componentFailures: [], runTestResult: emptyTests() },
      done: false,
      ignoreWarnings: Boolean(options.ignoreWarnings),
      lastModifiedDate: stamp,
      numberComponentErrors: 0,
      numberComponentsDeployed: 0,
      numberComponentsTotal: 0,
      numberTestErrors: 0,
      numberTestsCompleted: 0,
      numberTestsTotal: 0,
      rollbackOnError: options.rollbackOnError !== false,
      runTestsEnabled: false,
      status: 'Pending',
      success: false,
    };
    const job: DeployJob = { result, options, zip, userId };
    this.jobs.set(id, job);
    job.work = new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.run(job));
    return result;
  }

  /** The job's result; `includeDetails` adds the component messages. */
  status(id: string, includeDetails: boolean): DeployResult | undefined {
    const job = this.jobs.get(id);
    if (!job) return undefined;
    if (includeDetails) return job.result;
    return { ...job.result, details: { componentSuccesses: [], componentFailures: [], runTestResult: emptyTests() } };
  }

  optionsOf(id: string): DeployOptions | undefined {
    return this.jobs.get(id)?.options;
  }

  /** Requests a cancel: a job not yet finished ends Canceled without saving anything. */
  cancel(id: string): DeployResult | undefined {
    const job = this.jobs.get(id);
    if (!job) return undefined;
    if (!job.result.done) job.result.status = 'Canceling';
    return job.result;
  }

  /** Waits for a job to finish (in-process callers: startEmulator). */
  async finished(id: string): Promise<DeployResult> {
    const job = this.jobs.get(id);
    if (!job) throw new Error(`no deploy ${id}`);
    await job.work;
    return job.result;
  }

  private async run(job: DeployJob): Promise<void> {
    const result = job.result;
    if (result.status === 'Canceling') return this.finish(job, 'Canceled');
    result.status = 'InProgress';
    result.startDate = this.now().toISOString();
    let pkg: MetadataPackage;
    try {
      pkg = await readPackage(job.zip);
    } catch (error) {
      result.errorStatusCode = 'INVALID_CROSS_REFERENCE_KEY';
      result.errorMessage =
        error instanceof PackageError ? error.message : `The zip file is not valid: ${(error as Error).message}`;
      return this.finish(job, 'Failed');
    }
    if ((result.status as DeployStatus) === 'Canceling') return this.finish(job, 'Canceled');
    const problems = checkPackage(pkg, this.catalog, (name) => {
      const def = this.catalog.find(name);
      return def ? this.store.count(def.name) : 0;
    });
    const units = deployUnits(pkg);
    result.numberComponentsTotal = units.length;
    const stamp = this.now().toISOString();
    const failedKeys = new Set(problems.map((p) => `${p.type}:${p.fullName}`));
    // A child's failure fails its object file too, so the object's other parts are not saved half-way.
    for (const p of problems) {
      const parent = p.fullName.split('.')[0] as string;
      if (p.type in CHILD_TYPES) failedKeys.add(`CustomObject:${parent}`);
    }
    result.details.componentFailures = problems.map((p) => failureMessage(p, stamp));
    result.numberComponentErrors = problems.length;
    const succeeded = units.filter((u) => !failedKeys.has(`${u.type}:${u.fullName}`));
    const rollback = result.rollbackOnError;
    const willSave = !result.checkOnly && (problems.length === 0 || !rollback);
    result.details.componentSuccesses = [
      ...(problems.length === 0 || !rollback ? succeeded : []).map((u) => this.successMessage(u, stamp)),
      ...(problems.length === 0 ? [packageXmlSuccess(stamp)] : []),
    ];
    if (willSave) this.save(pkg, succeeded, failedKeys);
    result.numberComponentsDeployed = problems.length === 0 || !rollback ? succeeded.length : 0;
    const status: DeployStatus =
      problems.length === 0 ? 'Succeeded' : rollback || succeeded.length === 0 ? 'Failed' : 'SucceededPartial';
    return this.finish(job, status);
  }

  private finish(job: DeployJob, status: DeployStatus): void {
    const stamp = this.now().toISOString();
    Object.assign(job.result, {
      status,
      done: true,
      success: status === 'Succeeded' || status === 'SucceededPartial',
      completedDate: stamp,
      lastModifiedDate: stamp,
    });
  }

  private successMessage(unit: Unit, stamp: string): DeployMessage {
    const key = `${unit.type}:${unit.fullName}`;
    const before = this.deployed.get(key);
    const hash = createHash('sha1').update(unit.content).digest('hex');
    return {
      changed: before !== hash,
      componentType: unit.type,
      created: before === undefined,
      createdDate: stamp,
      deleted: false,
      fileName: unit.fileName,
      fullName: unit.fullName,
      success: true,
    };
  }

  /** A deployed notification type becomes a CustomNotificationType row; a redeploy keeps its Id. */
  private defineNotificationType(developerName: string, xml: XmlNode, stamp: string): void {
    const [existing] = this.store.rowsWhere('CustomNotificationType', 'DeveloperName', developerName);
    const id = (existing?.Id as string | undefined) ?? makeId('0ML', ++this.sequence + 500, 'EM');
    this.store.load(
      {
        CustomNotificationType: [
          {
            Id: id,
            DeveloperName: developerName,
            CustomNotifTypeName: String(text(xml.customNotifTypeName)),
            MasterLabel: String(text(xml.masterLabel)),
            Description: text(xml.description) ?? null,
            Desktop: text(xml.desktop) === 'true',
            Mobile: text(xml.mobile) === 'true',
            NamespacePrefix: null,
            CreatedDate: existing ? undefined : stamp,
            LastModifiedDate: stamp,
            SystemModstamp: stamp,
          },
        ],
      },
      stamp,
    );
  }

  /** Saves what succeeded: the objects and fields become the catalog, the permission sets the access model. */
  private save(pkg: MetadataPackage, units: Unit[], failed: Set<string>): void {
    const ok = new Set(units.map((u) => `${u.type}:${u.fullName}`));
    // Standard objects have no unit of their own (only their fields do): an object file saves unless it failed.
    const objects = pkg.components.filter(
      (c) => c.type === 'CustomObject' && !failed.has(`CustomObject:${c.fullName}`),
    );
    const stamp = this.now().toISOString();
    if (objects.length > 0) {
      const changed = this.catalog.apply(schemaOf(objects, pkg.apiVersion ?? '64.0'));
      this.store.schemaChanged(changed);
    }
    for (const c of pkg.components) {
      if (c.type !== 'PermissionSet' || !ok.has(`PermissionSet:${c.fullName}`)) continue;
      const xml = c.xml as XmlNode;
      this.access.definePermissionSet(
        c.fullName,
        {
          label: String(text(xml.label)),
          description: text(xml.description),
          hasActivationRequired: text(xml.hasActivationRequired) === 'true',
        },
        grantOf(xml),
        stamp,
      );
    }
    for (const c of pkg.components) {
      if (c.type !== 'CustomNotificationType' || !ok.has(`CustomNotificationType:${c.fullName}`)) continue;
      this.defineNotificationType(c.fullName, c.xml as XmlNode, stamp);
    }
    for (const u of units)
      this.deployed.set(`${u.type}:${u.fullName}`, createHash('sha1').update(u.content).digest('hex'));
  }
}

const CHILD_TYPES: Record<string, true> = Object.fromEntries(Object.values(OBJECT_CHILDREN).map((t) => [t, true]));

interface Unit {
  type: string;
  fullName: string;
  fileName: string;
  content: string;
}

/** The components a deploy reports on: each file's component, and each child of an object file on its own. */
function deployUnits(pkg: MetadataPackage): Unit[] {
  const units: Unit[] = [];
  for (const c of pkg.components) {
    // A standard object's file only carries the package's fields: the object itself is not deployed.
    const onlyChildren = c.type === 'CustomObject' && !c.fullName.endsWith('__c');
    if (!onlyChildren)
      units.push({ type: c.type, fullName: c.fullName, fileName: c.fileName, content: objectOwnContent(c) });
    if (c.type !== 'CustomObject') continue;
    for (const [element, type] of Object.entries(OBJECT_CHILDREN)) {
      for (const child of asArray(c.xml?.[element]) as XmlNode[]) {
        units.push({
          type,
          fullName: `${c.fullName}.${String(text(child.fullName))}`,
          fileName: c.fileName,
          content: JSON.stringify(child),
        });
      }
    }
  }
  return units;
}

/** An object file's own settings, without its children (they are components of their own). */
function objectOwnContent(c: Component): string {
  if (c.type !== 'CustomObject' || !c.xml) return c.content;
  const own = Object.fromEntries(Object.entries(c.xml).filter(([k]) => !(k in OBJECT_CHILDREN)));
  return JSON.stringify(own);
}

function failureMessage(p: Problem & { lineNumber?: number; columnNumber?: number }, stamp: string): DeployMessage {
  return {
    changed: false,
    componentType: p.type,
    created: false,
    createdDate: stamp,
    deleted: false,
    fileName: p.fileName,
    fullName: p.fullName,
    problem: p.problem,
    problemType: 'Error',
    success: false,
    ...(p.lineNumber ? { lineNumber: p.lineNumber } : {}),
    ...(p.columnNumber ? { columnNumber: p.columnNumber } : {}),
  };
}

function packageXmlSuccess(stamp: string): DeployMessage {
  return {
    changed: true,
    componentType: '',
    created: false,
    createdDate: stamp,
    deleted: false,
    fileName: 'package.xml',
    fullName: 'package.xml',
    success: true,
  };
}

function emptyTests(): DeployResult['details']['runTestResult'] {
  return { numFailures: 0, numTestsRun: 0, totalTime: 0, successes: [], failures: [], codeCoverage: [] };
}
