import { graphql } from '@/lib/gql/gql';
import type { FeedbackNoteFieldsFragment, FeedbackRequestFieldsFragment } from '@/lib/gql/graphql';

// Every answer that returns feedback asks for the same fields, so one card component shows any of them.
// Exported for codegen's sake only: operations spread them by name.
export const feedbackNoteFields = graphql(`
  fragment FeedbackNoteFields on FeedbackNote {
    id
    author {
      id
      name
      title
    }
    recipient {
      id
      name
      title
    }
    text
    visibility
    requestId
    createdAt
  }
`);

// What anyone involved in a request may read; the respondents and the answers are asked for only by the
// requester (their own requests), since the answers are "for the requester and the subject only".
export const feedbackRequestFields = graphql(`
  fragment FeedbackRequestFields on FeedbackRequest {
    id
    requester {
      id
      name
      title
    }
    subject {
      id
      name
      title
    }
    question
    createdAt
    dueAt
  }
`);

export type FeedbackNote = FeedbackNoteFieldsFragment;
export type FeedbackRequest = FeedbackRequestFieldsFragment;

export const feedbackKeys = {
  inbox: ['feedback', 'inbox'] as const,
  about: (employeeId: string) => ['feedback', 'about', employeeId] as const,
  colleagues: (search: string) => ['feedback', 'colleagues', search] as const,
  reports: (managerId: string) => ['feedback', 'reports', managerId] as const,
  upward: ['feedback', 'upward'] as const,
  myManager: ['feedback', 'my-manager'] as const,
};
