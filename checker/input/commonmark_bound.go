package input

// goldmark, like most CommonMark parsers, is quadratic on a few shapes no
// article has: thousands of unclosed brackets in one paragraph, containers
// nested thousands deep. commonMarkBudget bounds that work; copy over it
// is read by the simpler reader (markdown.go), which is linear.
const commonMarkBudget = 4_000_000

// maxBlockBytes is the longest stretch between blank lines given to
// goldmark: far above any article's paragraph (a few KB), and a bound on
// the work its inline parser does on one paragraph.
const maxBlockBytes = 64 << 10

// commonMarkCost estimates, in one linear pass, the work goldmark's
// quadratic paths would do on src: the square of the brackets in each
// paragraph plus the square of each line's container depth, summed; a
// stretch longer than maxBlockBytes between blank lines is over budget.
func commonMarkCost(src []byte) int {
	cost, brackets, block := 0, 0, 0
	for i := 0; i < len(src); {
		l, next := line(src, i)
		if isBlankLine(l) {
			cost += brackets * brackets
			brackets, block = 0, 0
		}
		if block += next - i; block > maxBlockBytes {
			return commonMarkBudget + 1
		}
		d := containerDepth(l)
		cost += d * d
		for _, c := range l {
			if c == '[' {
				brackets++
			}
		}
		if cost > commonMarkBudget {
			return cost
		}
		i = next
	}
	return cost + brackets*brackets
}

func isBlankLine(l []byte) bool {
	for _, c := range l {
		if c != ' ' && c != '\t' && c != '\r' {
			return false
		}
	}
	return true
}

// containerDepth approximates how many block quotes and list items a line
// opens or continues: each '>' and list marker in its leading run of
// markers, and each two columns of indentation.
func containerDepth(l []byte) int {
	depth, indent := 0, 0
	for i := 0; i < len(l); i++ {
		switch c := l[i]; {
		case c == ' ':
			indent++
		case c == '\t':
			indent += 4
		case c == '>':
			depth++
		case (c == '-' || c == '*' || c == '+') && (i+1 == len(l) || l[i+1] == ' ' || l[i+1] == '\t'):
			depth++
		case c >= '0' && c <= '9':
			j := i
			for j < len(l) && j-i < 10 && l[j] >= '0' && l[j] <= '9' {
				j++
			}
			if j == len(l) || l[j] != '.' && l[j] != ')' {
				return depth + indent/2
			}
			depth++
			i = j
		default:
			return depth + indent/2
		}
	}
	return depth + indent/2
}
