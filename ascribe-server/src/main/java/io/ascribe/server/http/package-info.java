/**
 * HTTP plumbing shared by every endpoint: the route table (which also describes the API as
 * OpenAPI 3), authentication, JSON errors with stable codes, and the JSON mapper.
 */
package io.ascribe.server.http;
