/**
 * Recordings stage: what each saved example recorded (status, headers, body text exactly as
 * written, and the request that produced it), for the test fixtures. Reads the collection model
 * only; nothing is parsed or re-serialised, so a fixture's body is the collection's text.
 */
package io.github.postman2java.recording;
