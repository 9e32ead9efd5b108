/**
 * Who a client is: metadata rules shared by dynamic registration and Client ID Metadata Documents,
 * resolution of https client_ids, and how much a consent page may trust a client's name.
 */
package dev.latchkey.application.client;
