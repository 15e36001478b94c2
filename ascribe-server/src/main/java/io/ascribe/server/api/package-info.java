/** The REST API's endpoints, one class per resource, each registering its routes in the route table. */
package io.ascribe.server.api;
