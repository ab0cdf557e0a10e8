import { useMutation, useQueryClient } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

import { ideaKeys, updateCachedIdea, type IdeaDetail } from './idea-cache';

export const commentOnIdeaDocument = graphql(`
  mutation CommentOnIdea($id: ID!, $text: String!) {
    commentOnIdea(id: $id, text: $text) {
      id
      author {
        id
        name
      }
      text
      createdAt
    }
  }
`);

type NewComment = { ideaId: string; text: string };

export const commentOnIdea = async ({ ideaId, text }: NewComment) =>
  (await execute(commentOnIdeaDocument, { id: ideaId, text })).commentOnIdea;

export const useCommentOnIdea = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: commentOnIdea,
    onSuccess: (comment, { ideaId }) => {
      const detail = queryClient.getQueryData<IdeaDetail | null>(ideaKeys.idea(ideaId));
      if (detail?.comments.some((existing) => existing.id === comment.id)) return;
      updateCachedIdea(queryClient, ideaId, (idea) => ({ commentCount: idea.commentCount + 1 }));
      queryClient.setQueryData<IdeaDetail | null>(ideaKeys.idea(ideaId), (idea) =>
        idea ? { ...idea, comments: [...idea.comments, comment] } : idea,
      );
    },
  });
};
