import { useMutation, useQueryClient } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

import { updateCachedKudos } from './kudos-cache';

export const commentOnKudosDocument = graphql(`
  mutation CommentOnKudos($kudosId: ID!, $text: String!) {
    commentOnKudos(kudosId: $kudosId, text: $text) {
      id
      kudosId
      author {
        id
        name
      }
      text
      createdAt
    }
  }
`);

type NewComment = { kudosId: string; text: string };

export const commentOnKudos = async ({ kudosId, text }: NewComment) =>
  (await execute(commentOnKudosDocument, { kudosId, text })).commentOnKudos;

// As the server does: a feed carries the newest three comments of each kudos, its detail all of them.
const commentsInFeed = 3;

export const useCommentOnKudos = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: commentOnKudos,
    onSuccess: (comment) =>
      updateCachedKudos(queryClient, comment.kudosId, (kudos, inFeed) => {
        if (kudos.comments.some((existing) => existing.id === comment.id)) return kudos;
        const comments = [...kudos.comments, { id: comment.id, author: comment.author, text: comment.text, createdAt: comment.createdAt }];
        return {
          ...kudos,
          comments: inFeed ? comments.slice(-commentsInFeed) : comments,
          commentCount: kudos.commentCount + 1,
        };
      }),
  });
};
