import { z } from 'zod';
import { errorResponse } from '@plenary/shared/api/index';
import type { Operation } from './operation.ts';

type Io = 'input' | 'output';

function jsonSchema(schema: z.ZodType, io: Io): Record<string, unknown> {
  const { $schema: _dialect, ...rest }: Record<string, unknown> = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  return rest;
}

const json = (schema: z.ZodType, io: Io) => ({ content: { 'application/json': { schema: jsonSchema(schema, io) } } });

const ERROR = {
  description: 'Error: `{ "error": { "code", "message" } }`',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};

/** Each property of the query schema as an OpenAPI query parameter. */
function queryParameters(query: z.ZodObject) {
  const schema = jsonSchema(query, 'input') as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: schema.required?.includes(name) ?? false,
    schema: property,
  }));
}

function success(op: Operation) {
  const status = op.status ?? 200;
  const description = op.responses?.[status] ?? (status === 204 ? 'No content' : 'OK');
  if (op.response) return [status, { description, ...json(op.response, 'output') }] as const;
  if (op.contentType) return [status, { description, content: { [op.contentType]: {} } }] as const;
  return [status, { description }] as const;
}

/** The OpenAPI 3.1 document of the given operations: request bodies and answers from their zod schemas. */
export function buildOpenApiDocument(operations: readonly Operation[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    const named = Object.entries(op.responses ?? {}).map(([status, description]): [string, unknown] => [status, { ...ERROR, description }]);
    const [status, ok] = success(op);
    const path = (paths[op.path] ??= {});
    path[op.method] = {
      summary: op.summary,
      ...(op.query ? { parameters: queryParameters(op.query) } : {}),
      ...(op.body ? { requestBody: { required: true, ...json(op.body, 'input') } } : {}),
      ...(op.upload ? { requestBody: { required: true, content: { [op.upload]: { schema: { type: 'string', format: 'binary' } } } } } : {}),
      responses: { 400: ERROR, 401: ERROR, 403: ERROR, 404: ERROR, ...Object.fromEntries(named), [status]: ok },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Plenary API',
      version: '1.0.0',
      description:
        'Session cookie authentication (POST /api/auth/login). State-changing requests must send an Origin header equal to the server origin.',
    },
    paths,
    components: { schemas: { Error: jsonSchema(errorResponse, 'output') } },
  };
}
