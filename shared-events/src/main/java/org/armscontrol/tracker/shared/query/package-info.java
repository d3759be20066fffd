/**
 * The queries the query side answers, and the shapes of its answers. They travel over Axon's query bus (and, as
 * JSON, over HTTP), so they are plain records of value types like the commands and events.
 */
package org.armscontrol.tracker.shared.query;
