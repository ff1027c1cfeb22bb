/**
 * The blog entry aggregate, its commands and the roles a caller can hold on a blog. Every rule about who may
 * post, edit, delete or comment lives here, so that the HTTP layer only translates. The service's access
 * projection supplies the facts ({@link org.staffroom.blog.domain.BlogAccess}); the entry judges them.
 *
 * <p>Commenting is part of the conversation around an entry, so VIEW on BLOG through a relation to the area is
 * enough: a collaborator granted VIEW comments, and cannot post. An auditor's VIEW spans the trust and is for
 * reading only, so auditors never comment. Editing and deleting are for the author while they may still post
 * there, and for the blog's moderators (see {@link org.staffroom.blog.domain.BlogRole#MODERATOR}); members hold
 * MANAGE on BLOG so that they can post, which does not let them change a colleague's entry.
 *
 * <p>No Spring, no persistence.
 */
package org.staffroom.blog.domain;
