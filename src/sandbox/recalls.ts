/**
 * OVH `recall` (`/1.0/connectivity/eligibility/recall[/{id}]`): recalls registered by an account,
 * kept in memory per customer (the account behind the consumer key). Plain JSON answers, not
 * tasks, as the schema says: EligibilityRecall, EligibilityRecall[] and void (null) for DELETE.
 * Routes check the `$1$` signature first (routes/ovh.ts).
 */
import { checkBody, RECALL_BODY } from './dataset/ovh-body';
import { json, type Reply } from './types';

export interface Recall {
  completed: boolean; completedDate: string | null; creationDate: string; customer: string;
  dedicatedfiberRequest: boolean; id: number; profiberRequest: boolean; reference: string;
  referenceType: 'address' | 'building'; updatedDate: string;
}

const MAX_PER_CUSTOMER = 1000;
/** OVH dates: ISO 8601 with an explicit offset. */
const now = (): string => new Date().toISOString().replace(/\.\d{3}Z$/, '+00:00');

export class RecallStore {
  private recalls = new Map<number, Recall>();
  private nextId = 1;

  /** The reply of one recall call; `id` is the `{id}` path segment, undefined for the collection. */
  handle(method: string, customer: string, id: string | undefined, body: Record<string, unknown>): Reply {
    if (id === undefined) {
      if (method === 'GET') return json(200, this.of(customer));
      if (method === 'POST') return this.create(customer, body);
      return json(405, { message: `Method ${method} not allowed on /connectivity/eligibility/recall` });
    }
    if (!/^\d{1,15}$/.test(id)) return json(400, { message: `[id] Given data (${id}) is not of type long` });
    const recall = this.recalls.get(Number(id));
    if (!recall || recall.customer !== customer) return json(404, { message: `The requested object (id = ${id}) does not exist` });
    if (method === 'GET') return json(200, recall);
    if (method === 'DELETE') { this.recalls.delete(recall.id); return json(200, null); }
    if (method === 'PUT') {
      const invalid = validate(body);
      if (invalid) return invalid;
      Object.assign(recall, fields(body), { updatedDate: now() });
      return json(200, recall);
    }
    return json(405, { message: `Method ${method} not allowed on /connectivity/eligibility/recall/{id}` });
  }

  private of(customer: string): Recall[] {
    return [...this.recalls.values()].filter(r => r.customer === customer);
  }

  private create(customer: string, body: Record<string, unknown>): Reply {
    const invalid = validate(body);
    if (invalid) return invalid;
    if (this.of(customer).length >= MAX_PER_CUSTOMER) return json(403, { message: `At most ${MAX_PER_CUSTOMER} recalls per account` });
    const date = now();
    const recall: Recall = { id: this.nextId++, customer, completed: false, completedDate: null, creationDate: date, updatedDate: date, ...fields(body) };
    this.recalls.set(recall.id, recall);
    return json(200, recall);
  }

  size(): number { return this.recalls.size; }
  clear(): void { this.recalls.clear(); this.nextId = 1; }
}

function validate(body: Record<string, unknown>): Reply | undefined {
  for (const key of ['reference', 'referenceType']) if (body[key] === undefined || body[key] === null) return json(400, { message: `[${key}] Property is mandatory` });
  const typed = checkBody(body, RECALL_BODY, { referenceType: 'ReferenceTypeEnum' });
  if (typed && typed.kind === 'http') return json(typed.status, typed.body);
  return undefined;
}

function fields(body: Record<string, unknown>): Pick<Recall, 'reference' | 'referenceType' | 'dedicatedfiberRequest' | 'profiberRequest'> {
  return {
    reference: String(body.reference),
    referenceType: body.referenceType as Recall['referenceType'],
    dedicatedfiberRequest: body.dedicatedfiberRequest === true,
    profiberRequest: body.profiberRequest === true,
  };
}
