package input

// brackets turns links and images into their text: "[text](url)",
// "[text][ref]" and "[ref]" keep text; images are dropped whole.
func (in *inline) brackets(refs map[string]bool) {
	buf, kind := in.buf, in.kind
	in.stack = in.stack[:0]
	for i := 0; i < len(buf); i++ {
		if kind[i] != kNormal {
			continue
		}
		switch buf[i] {
		case '[':
			in.stack = append(in.stack, i)
		case ']':
			if len(in.stack) == 0 {
				continue
			}
			open := in.stack[len(in.stack)-1]
			in.stack = in.stack[:len(in.stack)-1]
			image := open > 0 && buf[open-1] == '!' && kind[open-1] == kNormal
			end := in.linkTail(i+1, refs, buf[open+1:i])
			if end < 0 {
				continue
			}
			if image {
				drop(kind, open-1, end)
			} else {
				kind[open] = kDrop
				drop(kind, i, end)
			}
			i = end - 1
		}
	}
}

// linkTail reads what follows the "]" of a link at buf[j:]: an inline
// destination "(url "title")", a reference "[ref]" or "[]", or nothing for
// a shortcut reference. It returns the end of the link, or -1 when it is
// not one.
func (in *inline) linkTail(j int, refs map[string]bool, text []byte) int {
	buf := in.buf
	if j < len(buf) && buf[j] == '(' && in.budget > 0 {
		end, far := inlineDest(buf, j+1)
		in.budget -= far - j
		if end > 0 {
			return end
		}
	}
	if j < len(buf) && buf[j] == '[' {
		for k := j + 1; k < len(buf) && k-j <= maxLabel; k++ {
			if buf[k] == '[' {
				break
			}
			if buf[k] == ']' {
				label := buf[j+1 : k]
				if len(label) == 0 {
					label = text
				}
				if len(label) <= maxLabel && refs[normLabel(label)] {
					return k + 1
				}
				break
			}
		}
	}
	if len(text) <= maxLabel && refs[normLabel(text)] {
		return j
	}
	return -1
}

// inlineDest reads `url "title")` from buf[j:] and returns the offset just
// past ")", or 0; far is how far it looked.
func inlineDest(buf []byte, j int) (end, far int) {
	j = skipWS(buf, j)
	start := j
	if j < len(buf) && buf[j] == '<' {
		for j++; j < len(buf) && buf[j] != '>' && buf[j] != '\n'; j++ {
			if j-start > maxDest {
				return 0, j
			}
		}
		if j == len(buf) || buf[j] != '>' {
			return 0, j
		}
		j++
	} else {
		depth := 0
	dest:
		for ; j < len(buf); j++ {
			if j-start > maxDest {
				return 0, j
			}
			switch c := buf[j]; {
			case c == '\\' && j+1 < len(buf):
				j++
			case c == '(':
				depth++
			case c == ')':
				if depth == 0 {
					break dest
				}
				depth--
			case c <= ' ':
				break dest
			}
		}
	}
	j = skipWS(buf, j)
	if j < len(buf) && (buf[j] == '"' || buf[j] == '\'' || buf[j] == '(') {
		closing := buf[j]
		if closing == '(' {
			closing = ')'
		}
		t := j
		for j++; j < len(buf) && buf[j] != closing; j++ {
			if j-t > maxTitle {
				return 0, j
			}
			if buf[j] == '\\' {
				j++
			}
		}
		if j >= len(buf) {
			return 0, j
		}
		j = skipWS(buf, j+1)
	}
	if j < len(buf) && buf[j] == ')' {
		return j + 1, j + 1
	}
	return 0, j
}

func skipWS(buf []byte, j int) int {
	for j < len(buf) && (buf[j] == ' ' || buf[j] == '\t' || buf[j] == '\n') {
		j++
	}
	return j
}
